// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { componentWidgetOf } from '../../../page/widgets/component';
import { fakeCascader, type CascadeOption } from './fake-widgets';

/**
 * The cascader writer (page/widgets/component/cascader.ts) on stand-ins of el-cascader and
 * a-cascader: the path is chosen from the text level by level, a level the text leaves out is
 * found one level down, and undo puts a path back or clears it.
 */

const REGIONS: CascadeOption[] = [
  { label: '湖南省', children: [{ label: '长沙市', children: [{ label: '芙蓉区' }] }] },
  {
    label: '湖北省',
    children: [
      { label: '宜昌市', children: [{ label: '西陵区' }] },
      { label: '武汉市', children: [{ label: '江岸区' }, { label: '武昌区' }] },
    ],
  },
];

afterEach(() => {
  document.body.innerHTML = '';
});

const text = (t: string) => ({ kind: 'text' as const, text: t });

describe.each(['element', 'ant'] as const)('%s cascader', (library) => {
  const family = library === 'element' ? 'el-cascader' : 'ant-cascader';
  const make = (clearable = true) => {
    const fake = fakeCascader(document, { library, options: REGIONS, clearable });
    const widget = componentWidgetOf([fake.input], 300)!;
    return { fake, widget };
  };

  test('is recognised before the select or input it is drawn with', () => {
    expect(make().widget.family).toBe(family);
  });

  test('chooses each level the text names', async () => {
    const { fake, widget } = make();
    expect(await widget.write(text('湖北省武汉市武昌区中北路1号'))).toBeNull();
    expect(fake.model()).toEqual(['湖北省', '武汉市', '武昌区']);
    expect(widget.shown()).toBe('湖北省 / 武汉市 / 武昌区');
    expect(widget.holds(text('湖北省武汉市武昌区中北路1号'))).toBe(true);
    expect(widget.holds(text('武汉市江岸区'))).toBe(false);
  });

  test('finds the province an address leaves out by looking one level down', async () => {
    const { fake, widget } = make();
    expect(await widget.write(text('武汉市江岸区另一路2号'))).toBeNull();
    expect(fake.model()).toEqual(['湖北省', '武汉市', '江岸区']);
    // 湖南省 was opened and had no 武汉, then 湖北省: two looks
    expect(fake.opened()).toBe(3);
  });

  test('refuses a text whose place no option names, and leaves the value as it was', async () => {
    const { fake, widget } = make();
    expect(await widget.write(text('广州市天河区'))).toBe('no-matching-option');
    expect(fake.model()).toEqual([]);
    // a district alone would need two levels left out: not guessed
    expect(await widget.write(text('武昌区示例路1号'))).toBe('no-matching-option');
    expect(fake.changes()).toBe(0);
  });

  test('writes nothing when the path shown already fits', async () => {
    const { fake, widget } = make();
    await widget.write(text('湖北省武汉市武昌区'));
    const before = fake.changes();
    expect(await widget.write(text('武汉市武昌区示例路1号'))).toBeNull();
    expect(fake.changes()).toBe(before);
  });

  test('undo puts the captured path back, or clears it with the clear control', async () => {
    const { fake, widget } = make();
    const empty = widget.capture();
    await widget.write(text('武汉市武昌区'));
    const first = widget.capture();
    await widget.write(text('长沙市芙蓉区'));
    expect(fake.model()).toEqual(['湖南省', '长沙市', '芙蓉区']);
    expect(await widget.restore(first)).toBe(true);
    expect(fake.model()).toEqual(['湖北省', '武汉市', '武昌区']);
    expect(await widget.restore(empty)).toBe(true);
    expect(fake.model()).toEqual([]);
  });

  test('a cascader without a clear control is not emptied by guessing', async () => {
    const { fake, widget } = make(false);
    const empty = widget.capture();
    await widget.write(text('武汉市武昌区'));
    expect(await widget.restore(empty)).toBe(false);
    expect(fake.model()).toEqual(['湖北省', '武汉市', '武昌区']);
  });
});
