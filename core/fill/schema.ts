import { z } from 'zod';
import type { FieldSnapshot, FrameCollection } from './types';

/**
 * zod schemas for what a frame sends to the background. A content script runs inside somebody
 * else's page, so its collection is validated (and bounded) before core/fill reads it.
 */

const text = (max: number) => z.string().max(max);

export const fieldLabelSchema = z.strictObject({
  source: z.enum([
    'label-for',
    'label-for-name',
    'label-wrap',
    'aria-labelledby',
    'aria-label',
    'form-item',
    'table-left',
    'table-top',
    'dt',
    'preceding',
    'title',
    'placeholder',
    'attribute',
  ]),
  text: text(500),
});

export const fieldSnapshotSchema = z.strictObject({
  frameId: z.number().int().nonnegative().optional(),
  framePath: text(2000),
  selector: text(2000),
  altSelectors: z.array(text(2000)).max(5),
  kind: z.enum(['text', 'textarea', 'select', 'radio-group', 'checkbox', 'checkbox-group', 'date', 'number', 'hidden', 'contenteditable']),
  inputType: text(40),
  visible: z.boolean(),
  readonly: z.boolean(),
  disabled: z.boolean(),
  value: text(10_000),
  checked: z.boolean().optional(),
  options: z.array(z.strictObject({ value: text(2000), text: text(500), selected: z.boolean() })).max(5000),
  labels: z.array(fieldLabelSchema).max(20),
  name: text(500),
  id: text(500),
  placeholder: text(500),
  unit: text(20).optional(),
  row: z.number().int().positive().max(100_000).optional(),
  section: text(500).optional(),
  group: z.number().int().nonnegative().optional(),
  formatHint: text(100).optional(),
  component: z.enum(['el-select', 'el-date', 'ant-select', 'ant-date', 'my97', 'laydate', 'easyui', 'select2', 'layui-select', 'bootstrap-select', 'ecology-browser']).optional(),
  formKind: z.enum(['login', 'search']).optional(),
  required: z.boolean().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  multiple: z.boolean().optional(),
});

export const frameCollectionSchema = z.strictObject({
  framePath: text(2000),
  title: text(500),
  headings: z.array(text(200)).max(20),
  fields: z.array(fieldSnapshotSchema).max(10_000),
});

/** Compile-time proof that the schemas and the types describe the same data. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesTypes: [Same<z.output<typeof fieldSnapshotSchema>, FieldSnapshot>, Same<z.output<typeof frameCollectionSchema>, FrameCollection>] = [
  true,
  true,
];
void schemaMatchesTypes;
