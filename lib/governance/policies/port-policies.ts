import { PORT_TECHNOLOGIES, type PortTechnology } from "../../spec/enums";
import { definePolicy } from "../define-policy";
import { effectiveStatus, objectsOf, outputPortsOf, text } from "../spec-reader";

/** A consumer can reach a port given a URL/path, a table, or a topic. */
function hasLocation(port: { location?: unknown; table?: unknown; topic?: unknown }): boolean {
  return Boolean(text(port.location) || text(port.table) || text(port.topic));
}

export const activeHasOutputPort = definePolicy(
  {
    id: "PORT-001",
    severity: "error",
    category: "ports",
    title: "An active product has an output port with a location",
    rationale: "Addressable means consumers can read it: an active product with nowhere to read from is a catalog entry, not a product.",
    remediation: "Add an output port under spec.outputPorts with a location (URL or path), a table (with its database) or a topic.",
  },
  (spec, context) => {
    if (effectiveStatus(spec, context) !== "active") return [];
    const ports = outputPortsOf(spec);
    if (ports.length === 0) {
      return [{ path: "spec.outputPorts", message: "The product is active but has no output port." }];
    }
    if (ports.some(({ item }) => hasLocation(item))) return [];
    const names = ports.map(({ item, index }) => `"${text(item.name) ?? `#${index + 1}`}"`).join(", ");
    return [
      {
        path: `spec.outputPorts[${ports[0].index}].location`,
        message: `The product is active but none of its output ports (${names}) says where to read it.`,
        remediation: "Give at least one output port a location (e.g. s3://bucket/prefix), a database and table, or a topic.",
      },
    ];
  },
);

export const portKindMatchesTechnology = definePolicy(
  {
    id: "PORT-002",
    severity: "warning",
    category: "ports",
    title: "Every port's kind matches its technology",
    rationale: "Consumers pick a client from the kind; a Kafka port declared as a table sends them to the wrong tool.",
    remediation: "Remove the kind (it is implied by the technology) or set it to the one the technology serves.",
  },
  (spec) => {
    type PortLike = { item: { name?: unknown; type?: unknown; kind?: unknown }; index: number };
    const check = (ports: PortLike[], list: "inputPorts" | "outputPorts") =>
      ports.flatMap(({ item, index }) => {
        const type = text(item.type);
        const kind = text(item.kind);
        if (!type || !kind || !Object.hasOwn(PORT_TECHNOLOGIES, type)) return [];
        const expected = PORT_TECHNOLOGIES[type as PortTechnology];
        if (kind === expected) return [];
        return [
          {
            path: `spec.${list}[${index}].kind`,
            message: `Port "${text(item.name) ?? `#${index + 1}`}" is served on ${type}, a ${expected} technology, but declares kind ${kind}.`,
            remediation: `Set kind: ${expected} on the port, or remove kind so it is implied by ${type}.`,
          },
        ];
      });
    return [...check(objectsOf(spec.spec?.inputPorts), "inputPorts"), ...check(outputPortsOf(spec), "outputPorts")];
  },
);

export const portPolicies = [activeHasOutputPort, portKindMatchesTechnology];
