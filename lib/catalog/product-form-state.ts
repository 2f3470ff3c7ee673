import { SLO_KINDS, type SloKind } from "@/lib/spec/enums";
import { dataProductSpecSchema, type DataProductSpec } from "@/lib/spec/schema";
import { zodIssuesToFieldErrors } from "@/lib/api/zod-errors";

/**
 * What the registration form edits: the spec with every text box as a string, so half-typed
 * input survives re-renders. `formStateToSpecInput` turns it back into the spec shape and the
 * shared zod schema judges it; nothing here validates on its own.
 * Pure (no server imports): the form runs it on every keystroke.
 */

type Row<T> = T & { key: string };

export interface PortRowState {
  name: string;
  type: string;
  location: string;
  database: string;
  schema: string;
  table: string;
  topic: string;
  format: string;
  description: string;
}

export interface InputPortRowState extends PortRowState {
  product: string;
  port: string;
  sourceSystem: string;
}

export type PiiAnswer = "" | "yes" | "no";

export interface FieldRowState {
  name: string;
  type: string;
  description: string;
  pii: PiiAnswer;
  required: boolean;
}

export interface QualityRowState {
  type: string;
  columns: string;
  threshold: string;
  description: string;
}

export interface ProductFormState {
  name: string;
  domain: string;
  version: string;
  title: string;
  status: string;
  tags: string;
  owner: { team: string; email: string; slack: string; productOwner: string; steward: string };
  description: string;
  outputPorts: Row<PortRowState>[];
  inputPorts: Row<InputPortRowState>[];
  schemaType: string;
  fields: Row<FieldRowState>[];
  slo: Record<SloKind, { target: string; measurement: string }>;
  tests: Row<QualityRowState>[];
  classification: string;
  retention: string;
  piiColumns: string;
  maskingPolicy: string;
  /**
   * Spec parts the form has no inputs for (deprecation, documentation links, roles, extra port or
   * test keys…). Carried through untouched so editing in the browser never drops them.
   */
  carried: CarriedParts;
}

export interface CarriedParts {
  deprecation?: DataProductSpec["metadata"]["deprecation"];
  documentation?: DataProductSpec["spec"]["documentation"];
  lineage?: DataProductSpec["spec"]["lineage"];
  roles?: NonNullable<DataProductSpec["spec"]["access"]>["roles"];
  outputPorts?: Record<string, { kind?: string }>;
  inputPorts?: Record<string, { kind?: string; usesFields?: string[] }>;
  fields?: Record<string, { enum?: string[] }>;
  tests?: Record<string, { min?: number; max?: number; references?: string; single?: boolean }>;
}

let keySequence = 0;
/** Stable React keys for repeating rows, so reordering keeps focus and typed text in place. */
export function newRowKey(): string {
  keySequence += 1;
  return `row-${Date.now().toString(36)}-${keySequence}`;
}

export const emptyPort = (): Row<PortRowState> => ({ key: newRowKey(), name: "", type: "", location: "", database: "", schema: "", table: "", topic: "", format: "", description: "" });
export const emptyInputPort = (): Row<InputPortRowState> => ({ ...emptyPort(), product: "", port: "", sourceSystem: "" });
export const emptyField = (): Row<FieldRowState> => ({ key: newRowKey(), name: "", type: "string", description: "", pii: "", required: false });
export const emptyTest = (): Row<QualityRowState> => ({ key: newRowKey(), type: "not_null", columns: "", threshold: "", description: "" });

const emptySlo = () => Object.fromEntries(SLO_KINDS.map((kind) => [kind, { target: "", measurement: "" }])) as ProductFormState["slo"];

export function emptyFormState(defaults: { domain?: string; team?: string } = {}): ProductFormState {
  return {
    name: "",
    domain: defaults.domain ?? "",
    version: "0.1.0",
    title: "",
    status: "draft",
    tags: "",
    owner: { team: defaults.team ?? "", email: "", slack: "", productOwner: "", steward: "" },
    description: "",
    outputPorts: [emptyPort()],
    inputPorts: [],
    schemaType: "",
    fields: [emptyField()],
    slo: emptySlo(),
    tests: [],
    classification: "",
    retention: "",
    piiColumns: "",
    maskingPolicy: "",
    carried: {},
  };
}

const str = (value: string | undefined | null) => value ?? "";
const list = (value: string[] | undefined) => (value ?? []).join(", ");

export function specToFormState(spec: DataProductSpec): ProductFormState {
  const { metadata, spec: body } = spec;
  const carried: CarriedParts = {
    deprecation: metadata.deprecation,
    documentation: body.documentation,
    lineage: body.lineage,
    roles: body.access?.roles,
    outputPorts: {},
    inputPorts: {},
    fields: {},
    tests: {},
  };
  const port = (item: NonNullable<DataProductSpec["spec"]["outputPorts"]>[number]): PortRowState => ({
    name: item.name,
    type: item.type,
    location: str(item.location),
    database: str(item.database),
    schema: str(item.schema),
    table: str(item.table),
    topic: str(item.topic),
    format: str(item.format),
    description: str(item.description),
  });
  const outputPorts = (body.outputPorts ?? []).map((item) => {
    const key = newRowKey();
    if (item.kind) carried.outputPorts![key] = { kind: item.kind };
    return { key, ...port(item) };
  });
  const inputPorts = (body.inputPorts ?? []).map((item) => {
    const key = newRowKey();
    if (item.kind || item.usesFields) carried.inputPorts![key] = { kind: item.kind, usesFields: item.usesFields };
    return { key, ...port(item), product: str(item.product), port: str(item.port), sourceSystem: str(item.sourceSystem) };
  });
  const fields = (body.schema?.fields ?? []).map((field) => {
    const key = newRowKey();
    if (field.enum) carried.fields![key] = { enum: field.enum };
    const pii: PiiAnswer = field.pii === undefined ? "" : field.pii ? "yes" : "no";
    return { key, name: field.name, type: field.type, description: str(field.description), pii, required: field.required ?? false };
  });
  const tests = (body.quality?.tests ?? []).map((test) => {
    const key = newRowKey();
    const single = test.column !== undefined && test.columns === undefined;
    carried.tests![key] = { min: test.min, max: test.max, references: test.references, single };
    return { key, type: test.type, columns: single ? str(test.column) : list(test.columns), threshold: str(test.threshold), description: str(test.description) };
  });
  const slo = emptySlo();
  for (const kind of SLO_KINDS) {
    const target = body.slo?.[kind];
    if (target) slo[kind] = { target: target.target, measurement: str(target.measurement) };
  }
  return {
    name: metadata.name,
    domain: metadata.domain,
    version: metadata.version,
    title: str(metadata.title),
    status: metadata.status ?? "draft",
    tags: list(metadata.tags),
    owner: {
      team: metadata.owner.team,
      email: str(metadata.owner.email),
      slack: str(metadata.owner.slack),
      productOwner: str(metadata.owner.productOwner),
      steward: str(metadata.owner.steward),
    },
    description: str(body.description),
    outputPorts,
    inputPorts,
    schemaType: str(body.schema?.type),
    fields,
    slo,
    tests,
    classification: str(body.access?.classification),
    retention: str(body.access?.retention),
    piiColumns: list(body.access?.privacy?.pii_columns),
    maskingPolicy: str(body.access?.privacy?.masking_policy),
    carried,
  };
}

/** Empty text means "not given": the spec then omits the key instead of holding "". */
const opt = (value: string) => (value.trim() === "" ? undefined : value);
const splitList = (value: string) => {
  const items = value.split(",").map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
};
const nonEmpty = <T extends object>(value: T) => (Object.values(value).some((entry) => entry !== undefined) ? value : undefined);
const nonEmptyList = <T>(items: T[]) => (items.length ? items : undefined);

function portToSpec(row: PortRowState) {
  return {
    name: row.name,
    type: row.type,
    location: opt(row.location),
    database: opt(row.database),
    schema: opt(row.schema),
    table: opt(row.table),
    topic: opt(row.topic),
    format: opt(row.format),
    description: opt(row.description),
  };
}

/** Drops undefined keys so the strict schema and the stored history only see what was said. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, prune(entry)]),
    );
  }
  return value;
}

/** The form as a spec document, not yet validated; paths of its issues match the form's fields. */
export function formStateToSpecInput(state: ProductFormState, overrides: { status?: string } = {}): unknown {
  const { carried } = state;
  const slo = nonEmpty(
    Object.fromEntries(
      SLO_KINDS.map((kind) => {
        const { target, measurement } = state.slo[kind];
        return [kind, opt(target) || opt(measurement) ? { target, measurement: opt(measurement) } : undefined];
      }),
    ),
  );
  const privacy = nonEmpty({ pii_columns: splitList(state.piiColumns), masking_policy: opt(state.maskingPolicy) });
  const access = nonEmpty({ classification: opt(state.classification), retention: opt(state.retention), privacy, roles: carried.roles });
  return prune({
    apiVersion: "datamesh.io/v1",
    kind: "DataProduct",
    metadata: {
      name: state.name,
      domain: state.domain,
      version: state.version,
      title: opt(state.title),
      status: overrides.status ?? opt(state.status),
      tags: splitList(state.tags),
      owner: {
        team: state.owner.team,
        email: opt(state.owner.email),
        slack: opt(state.owner.slack),
        productOwner: opt(state.owner.productOwner),
        steward: opt(state.owner.steward),
      },
      deprecation: carried.deprecation,
    },
    spec: {
      description: opt(state.description),
      documentation: carried.documentation,
      inputPorts: nonEmptyList(
        state.inputPorts.map(({ key, ...row }) => ({
          ...portToSpec(row),
          kind: carried.inputPorts?.[key]?.kind,
          product: opt(row.product),
          port: opt(row.port),
          sourceSystem: opt(row.sourceSystem),
          usesFields: carried.inputPorts?.[key]?.usesFields,
        })),
      ),
      outputPorts: nonEmptyList(state.outputPorts.map(({ key, ...row }) => ({ ...portToSpec(row), kind: carried.outputPorts?.[key]?.kind }))),
      schema:
        state.fields.length || opt(state.schemaType)
          ? {
              type: opt(state.schemaType),
              fields: state.fields.map(({ key, ...field }) => ({
                name: field.name,
                type: field.type,
                description: opt(field.description),
                pii: field.pii === "" ? undefined : field.pii === "yes",
                required: field.required,
                enum: carried.fields?.[key]?.enum,
              })),
            }
          : undefined,
      slo,
      quality: state.tests.length
        ? {
            tests: state.tests.map(({ key, ...test }) => {
              const extra = carried.tests?.[key];
              const columns = splitList(test.columns);
              // recordToSpec writes a lone column as `column`, so the form does too and round-trips.
              const single = columns?.length === 1 && test.type !== "not_null" && extra?.single !== false;
              return {
                type: test.type,
                column: single && columns ? columns[0] : undefined,
                columns: single ? undefined : columns,
                threshold: opt(test.threshold),
                min: extra?.min,
                max: extra?.max,
                references: extra?.references,
                description: opt(test.description),
              };
            }),
          }
        : undefined,
      lineage: carried.lineage,
      access,
    },
  });
}

export interface FormValidation {
  spec: DataProductSpec | null;
  /** First message per dotted spec path, e.g. `spec.outputPorts[0].name`. */
  errors: Record<string, string>;
}

export function validateFormState(state: ProductFormState, overrides: { status?: string } = {}): FormValidation {
  const parsed = dataProductSpecSchema.safeParse(formStateToSpecInput(state, overrides));
  if (parsed.success) return { spec: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of zodIssuesToFieldErrors(parsed.error.issues)) errors[issue.path] ??= issue.message;
  return { spec: null, errors };
}

/** Moves row `index` by `delta` places; out-of-range moves return the list unchanged. */
export function moveRow<T>(rows: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
