"use client";

import { useDeferredValue, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { evaluate } from "@/lib/governance/evaluate";
import { domainPolicyFromRule } from "@/lib/governance/domain-rules";
import type { GovernedSpec, Policy } from "@/lib/governance/types";
import { suggestedVersion } from "@/lib/spec/diff";
import { dataProductSpecSchema, type DataProductSpec } from "@/lib/spec/schema";
import type { LifecycleStatus } from "@/lib/spec/enums";
import type { FieldError } from "@/lib/catalog/errors";
import type { EditableProduct } from "@/lib/catalog/product-form-load";
import { reapplyChanges } from "@/lib/catalog/product-form-merge";
import type { PublishTarget } from "@/lib/catalog/product-form-options";
import type { ConflictDetails, SaveFormResult } from "@/lib/catalog/product-form-result";
import { emptyFormState, formStateToSpecInput, specToFormState, validateFormState, type ProductFormState } from "@/lib/catalog/product-form-state";
import { Button } from "@/components/ui/button";
import { BreakingChangePanel } from "./breaking-change-panel";
import { ConflictPanel } from "./conflict-panel";
import { focusPath } from "./focus-path";
import { GovernancePreview } from "./governance-preview";
import type { SearchPorts } from "./port-combobox";
import { AccessSection } from "./section-access";
import { BasicsSection, OwnershipSection } from "./section-basics";
import { InputPortsSection, OutputPortsSection } from "./section-ports";
import { SchemaSection } from "./section-schema";
import { QualitySection, SloSection } from "./section-slo-quality";
import { useStoredDraft } from "./use-stored-draft";

type Failure = { message: string; fieldErrors: FieldError[] } | { message: string; fieldErrors?: undefined };

interface CreateProps {
  mode: "create";
  save: (input: unknown) => Promise<SaveFormResult>;
}
interface EditProps {
  mode: "edit";
  save: (input: unknown, expectedVersion: number) => Promise<SaveFormResult>;
  product: Pick<EditableProduct, "ref" | "spec" | "version" | "downstream">;
  /** Set after a create redirected here, to confirm the first save. */
  justSaved?: string;
}

export type ProductFormProps = (CreateProps | EditProps) & { targets: PublishTarget[]; searchPorts: SearchPorts };

const toErrorMap = (errors: FieldError[]) => Object.fromEntries(errors.map((error) => [error.path, error.message]));

export function ProductForm(props: ProductFormProps) {
  const router = useRouter();
  const editing = props.mode === "edit";
  const opened = editing ? props.product : null;
  const draftKey = `meshwork:product-draft:${opened?.ref ?? "new"}`;
  const storage = useStoredDraft(draftKey);

  const [state, setState] = useState<ProductFormState>(() =>
    opened ? specToFormState(opened.spec) : emptyFormState({ domain: props.targets[0]?.slug, team: props.targets[0]?.teams[0]?.slug }),
  );
  const [base, setBase] = useState<DataProductSpec | null>(opened?.spec ?? null);
  const [expectedVersion, setExpectedVersion] = useState(opened?.version ?? 0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(editing && props.justSaved ? props.justSaved : null);
  const [conflict, setConflict] = useState<{ details: ConflictDetails; mine: DataProductSpec } | null>(null);
  const [restoreOffered, setRestoreOffered] = useState(true);
  const [pending, startTransition] = useTransition();
  const dirty = useRef(false);

  const storedStatus: LifecycleStatus = base?.metadata.status ?? "draft";
  const isDraft = storedStatus === "draft";

  const deferred = useDeferredValue(state);
  const validation = useMemo(() => validateFormState(deferred), [deferred]);
  const draftSpec = useMemo(() => formStateToSpecInput(deferred) as GovernedSpec, [deferred]);
  const policies = useMemo(() => domainPolicies(props.targets, deferred.domain), [props.targets, deferred.domain]);
  const governance = useMemo(
    () => evaluate(draftSpec, { targetStatus: storedStatus === "draft" ? "active" : storedStatus }, policies),
    [draftSpec, storedStatus, policies],
  );
  const suggestion = useMemo(() => (base ? suggestedVersion(base, draftSpec) : null), [base, draftSpec]);

  const { write: writeDraft, clear: clearDraft, stored } = storage;
  useEffect(() => {
    if (dirty.current) writeDraft(state);
  }, [state, writeDraft]);

  const update = (change: (current: ProductFormState) => ProductFormState) => {
    dirty.current = true;
    setRestoreOffered(false);
    setState(change);
  };

  const visibleErrors = useMemo(() => {
    const live = Object.entries(validation.errors).filter(([path]) => attempted || [...touched].some((item) => path === item || path.startsWith(`${item}.`) || path.startsWith(`${item}[`)));
    return { ...serverErrors, ...Object.fromEntries(live) };
  }, [validation.errors, attempted, touched, serverErrors]);

  /** Which spec path the user is typing in: its live message shows from now on, a stale server message goes. */
  const markTouched = (target: EventTarget) => {
    const path = (target as HTMLElement).closest?.("[data-path]")?.getAttribute("data-path");
    if (!path) return;
    if (!touched.has(path)) setTouched((current) => new Set(current).add(path));
    if (serverErrors[path]) setServerErrors(({ [path]: _removed, ...rest }) => rest);
  };

  const offerRestore = restoreOffered && stored !== null && JSON.stringify(stored.state) !== JSON.stringify(state);

  function submit(status: LifecycleStatus | undefined, versionOverride?: number) {
    setAttempted(true);
    setNotice(null);
    const checked = validateFormState(state, { status });
    if (!checked.spec) {
      const errors = Object.entries(checked.errors).map(([path, message]) => ({ path, message }));
      setFailure({ message: `Fix ${errors.length} field${errors.length === 1 ? "" : "s"} before saving; nothing was sent.`, fieldErrors: errors });
      focusPath(errors[0]?.path ?? "");
      return;
    }
    const spec = checked.spec;
    startTransition(async () => {
      const result = await send(spec, versionOverride);
      if (result.ok) {
        clearDraft();
        dirty.current = false;
        setFailure(null);
        setServerErrors({});
        setConflict(null);
        // The edit page is keyed by the stored version, so it reopens on what was just saved.
        const target = `/products/${result.ref}/edit?saved=${result.status}`;
        if (props.mode === "create") router.push(target);
        else router.replace(target);
      } else if ("conflict" in result) {
        setConflict({ details: result.conflict, mine: spec });
        setFailure(null);
        requestAnimationFrame(() => document.getElementById("conflict-title")?.scrollIntoView({ block: "start", behavior: "smooth" }));
      } else if ("fieldErrors" in result) {
        setServerErrors(toErrorMap(result.fieldErrors));
        setFailure({ message: result.message, fieldErrors: result.fieldErrors });
      } else {
        setFailure({ message: result.error });
      }
    });
  }

  async function send(spec: DataProductSpec, versionOverride?: number): Promise<SaveFormResult> {
    try {
      return props.mode === "create" ? await props.save(spec) : await props.save(spec, versionOverride ?? expectedVersion);
    } catch {
      return { ok: false, error: "The server could not be reached. Your changes are still here and kept in this browser; try again.", reason: "unexpected" };
    }
  }

  function reapply() {
    if (!conflict || !base) return;
    const merged = reapplyChanges(base, conflict.mine, conflict.details.theirs);
    const parsed = dataProductSpecSchema.safeParse(merged.spec);
    const next = parsed.success ? parsed.data : conflict.details.theirs;
    dirty.current = true;
    setState(specToFormState(next));
    setBase(conflict.details.theirs);
    setExpectedVersion(conflict.details.currentVersion);
    setConflict(null);
    setNotice(
      [
        `Loaded version ${conflict.details.currentVersion}.`,
        merged.reapplied.length ? `Your changes to ${merged.reapplied.join(", ")} are reapplied.` : "",
        merged.overlapping.length ? `You both changed ${merged.overlapping.join(", ")}: your version is kept there, check it.` : "",
        "Review, then save.",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  const saveButtons = isDraft ? (
    <>
      <Button type="button" variant="secondary" disabled={pending} onClick={() => submit("draft")}>
        Save draft
      </Button>
      <Button type="button" disabled={pending} onClick={() => submit("active")}>
        Publish
      </Button>
    </>
  ) : (
    <Button type="button" disabled={pending} onClick={() => submit(undefined)}>
      Save changes
    </Button>
  );

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        className="min-w-0 space-y-6"
        aria-label={editing ? "Edit data product" : "Register a data product"}
        noValidate
        onSubmit={(event) => event.preventDefault()}
        onChangeCapture={(event) => markTouched(event.target)}
        onBlurCapture={(event) => markTouched(event.target)}
      >
        {offerRestore && stored && (
          <div role="status" className="flex flex-col gap-3 rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900 sm:flex-row sm:items-center sm:justify-between">
            <p>Unsaved changes from {new Date(stored.savedAt).toLocaleString()} are kept in this browser.</p>
            <div className="flex gap-2">
              <Button
                type="button"
                onClick={() => {
                  dirty.current = true;
                  setState(stored.state);
                  setRestoreOffered(false);
                }}
              >
                Restore them
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  clearDraft();
                  setRestoreOffered(false);
                }}
              >
                Discard
              </Button>
            </div>
          </div>
        )}
        {conflict && base && (
          <ConflictPanel
            conflict={conflict.details}
            base={base}
            mine={conflict.mine}
            openedVersion={expectedVersion}
            pending={pending}
            onReapply={reapply}
            onOverwrite={() => submit(undefined, conflict.details.currentVersion)}
          />
        )}
        {suggestion && suggestion.breaking.length > 0 && opened && (
          <BreakingChangePanel suggestion={suggestion} downstream={opened.downstream} onApply={(version) => update((current) => ({ ...current, version }))} />
        )}
        <BasicsSection state={state} update={update} errors={visibleErrors} targets={props.targets} editing={editing} />
        <OwnershipSection state={state} update={update} errors={visibleErrors} targets={props.targets} />
        <OutputPortsSection state={state} update={update} errors={visibleErrors} />
        <InputPortsSection state={state} update={update} errors={visibleErrors} search={props.searchPorts} selfRef={opened?.ref} />
        <SchemaSection state={state} update={update} errors={visibleErrors} />
        <SloSection state={state} update={update} errors={visibleErrors} />
        <QualitySection state={state} update={update} errors={visibleErrors} />
        <AccessSection state={state} update={update} errors={visibleErrors} />
      </form>

      <aside className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-auto">
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap gap-2">{saveButtons}</div>
          <p className="text-xs text-slate-500">
            {isDraft ? "A draft can be saved at any time; publishing needs zero governance errors." : `The product is ${storedStatus}; saving keeps that status.`} Everything you type is also kept in this
            browser until it is saved.
          </p>
          <div aria-live="polite" className="space-y-2 text-sm">
            {pending && <p className="text-slate-600">Saving…</p>}
            {conflict && (
              <p className="rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-200">
                Not saved: someone else changed this product.{" "}
                <button type="button" className="font-semibold underline" onClick={() => document.getElementById("conflict-title")?.scrollIntoView({ block: "start", behavior: "smooth" })}>
                  See what they changed
                </button>
              </p>
            )}
            {notice && <p className="rounded-lg bg-emerald-50 p-3 text-emerald-900 ring-1 ring-emerald-200">{notice}</p>}
            {failure && (
              <div role="alert" className="rounded-lg bg-rose-50 p-3 text-rose-900 ring-1 ring-rose-200">
                <p className="font-semibold">{failure.message}</p>
                {failure.fieldErrors && failure.fieldErrors.length > 0 && (
                  <ul className="mt-2 space-y-1">
                    {failure.fieldErrors.map((error) => (
                      <li key={`${error.path}:${error.message}`}>
                        <button type="button" className="text-left hover:underline" onClick={() => focusPath(error.path)}>
                          <span className="font-mono text-xs">{error.path || "spec"}</span>: {error.message}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        </div>
        <GovernancePreview result={governance} publishing={isDraft} />
      </aside>
    </div>
  );
}

/** The domain's own rules, evaluated in the browser like on the server; a malformed stored rule is skipped, not fatal. */
function domainPolicies(targets: PublishTarget[], domain: string): Policy[] {
  const rules = targets.find((target) => target.slug === domain)?.rules ?? [];
  return rules.flatMap((rule) => {
    try {
      return [domainPolicyFromRule(rule)];
    } catch {
      return [];
    }
  });
}
