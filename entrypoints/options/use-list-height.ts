import { useEffect, useState } from 'preact/hooks';

/** Room above the ledger list: page header, toolbar and count line. */
const CHROME_ABOVE_LIST = 190;
const MIN_HEIGHT = 240;

const heightFor = (windowHeight: number) => Math.max(MIN_HEIGHT, windowHeight - CHROME_ABOVE_LIST);

/** The ledger list's height: it fills the window below the toolbar, following resizes. */
export function useListHeight(): number {
  const [height, setHeight] = useState(() => heightFor(innerHeight));
  useEffect(() => {
    const onResize = () => setHeight(heightFor(innerHeight));
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  return height;
}
