"use client";

import type { PublishTarget } from "@/lib/catalog/product-form-options";
import { FormSection, SelectField, TextArea, TextField } from "./form-fields";
import type { SectionProps } from "./section-props";

export function BasicsSection({ state, update, errors, targets, editing }: SectionProps & { targets: PublishTarget[]; editing: boolean }) {
  const set = (patch: Partial<typeof state>) => update((current) => ({ ...current, ...patch }));
  return (
    <FormSection id="basics" title="Basics" description="Name, domain and what the product is. Domain and name form its address and cannot change later.">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label="Domain"
          path="metadata.domain"
          value={state.domain}
          disabled={editing}
          placeholder="Choose a domain"
          options={targets.map((target) => ({ value: target.slug, label: target.name }))}
          error={errors["metadata.domain"]}
          hint="Only domains you may publish into are listed."
          onChange={(domain) =>
            update((current) => {
              const teams = targets.find((target) => target.slug === domain)?.teams ?? [];
              const team = teams.some((item) => item.slug === current.owner.team) ? current.owner.team : (teams[0]?.slug ?? "");
              return { ...current, domain, owner: { ...current.owner, team } };
            })
          }
        />
        <TextField
          label="Name"
          path="metadata.name"
          value={state.name}
          readOnly={editing}
          placeholder="customer-churn-scores"
          error={errors["metadata.name"]}
          hint="Lowercase letters, digits and hyphens."
          onChange={(name) => set({ name })}
        />
        <TextField label="Title" path="metadata.title" value={state.title} placeholder="Customer churn scores" error={errors["metadata.title"]} onChange={(title) => set({ title })} />
        <TextField label="Version" path="metadata.version" value={state.version} placeholder="1.0.0" error={errors["metadata.version"]} hint="Semantic version of the contract." onChange={(version) => set({ version })} />
        <TextField
          className="sm:col-span-2"
          label="Tags"
          path="metadata.tags"
          value={state.tags}
          placeholder="churn, ml, customer"
          error={errors["metadata.tags"] ?? Object.entries(errors).find(([path]) => path.startsWith("metadata.tags["))?.[1]}
          hint="Comma-separated."
          onChange={(tags) => set({ tags })}
        />
      </div>
      <TextArea
        label="Description"
        path="spec.description"
        value={state.description}
        rows={5}
        placeholder="What the product holds, one row per…, how it is built, and what it is good for. Markdown is fine."
        error={errors["spec.description"]}
        onChange={(description) => set({ description })}
      />
    </FormSection>
  );
}

export function OwnershipSection({ state, update, errors, targets }: SectionProps & { targets: PublishTarget[] }) {
  const teams = targets.find((target) => target.slug === state.domain)?.teams ?? [];
  const setOwner = (patch: Partial<typeof state.owner>) => update((current) => ({ ...current, owner: { ...current.owner, ...patch } }));
  return (
    <FormSection id="ownership" title="Ownership and contacts" description="Who answers for the product and where consumers ask questions.">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label="Owning team"
          path="metadata.owner.team"
          value={state.owner.team}
          placeholder={state.domain ? "Choose a team" : "Choose a domain first"}
          options={teams.map((team) => ({ value: team.slug, label: team.name }))}
          error={errors["metadata.owner.team"]}
          hint="Teams you belong to that may publish into this domain."
          onChange={(team) => setOwner({ team })}
        />
        <TextField label="Team email" path="metadata.owner.email" type="email" value={state.owner.email} placeholder="team@example.com" error={errors["metadata.owner.email"]} onChange={(email) => setOwner({ email })} />
        <TextField label="Support channel" path="metadata.owner.slack" value={state.owner.slack} placeholder="#customer-data" error={errors["metadata.owner.slack"]} onChange={(slack) => setOwner({ slack })} />
        <TextField label="Product owner email" path="metadata.owner.productOwner" type="email" value={state.owner.productOwner} error={errors["metadata.owner.productOwner"]} onChange={(productOwner) => setOwner({ productOwner })} />
        <TextField label="Data steward email" path="metadata.owner.steward" type="email" value={state.owner.steward} error={errors["metadata.owner.steward"]} onChange={(steward) => setOwner({ steward })} />
      </div>
    </FormSection>
  );
}
