/** The parts of an output port a consumer needs to read it. */
export interface PortAccess {
  name: string;
  technology: string;
  location: string | null;
  format: string | null;
  database: string | null;
  schemaName: string | null;
  tableName: string | null;
  topic: string | null;
}

export interface Snippet {
  language: "sql" | "properties" | "shell" | "python";
  code: string;
}

const quoteIdent = (value: string) => `"${value.replace(/"/g, '""')}"`;
const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

function tableRef(port: PortAccess, quote = quoteIdent): string | null {
  const parts = [port.database, port.schemaName, port.tableName].filter((part): part is string => Boolean(part));
  if (parts.length) return parts.map(quote).join(".");
  return port.location;
}

/**
 * A ready-to-copy way to read an output port, per technology. Identifiers are quoted, so a
 * strange table name yields a strange but still valid snippet, never a broken one.
 */
export function connectionSnippet(port: PortAccess): Snippet {
  const table = tableRef(port);
  switch (port.technology) {
    case "snowflake":
    case "redshift":
    case "postgres":
      return { language: "sql", code: `SELECT *\nFROM ${table ?? "<table>"}\nLIMIT 100;` };
    case "bigquery":
      return { language: "sql", code: `SELECT *\nFROM ${tableRef(port, (value) => `\`${value.replace(/`/g, "")}\``) ?? "<table>"}\nLIMIT 100;` };
    case "databricks":
    case "iceberg":
      return { language: "sql", code: `SELECT *\nFROM ${tableRef(port, (value) => `\`${value.replace(/`/g, "")}\``) ?? "<table>"}\nLIMIT 100;` };
    case "kafka":
      return {
        language: "properties",
        code: [
          "# Kafka consumer configuration",
          "bootstrap.servers=<your-kafka-bootstrap>",
          `group.id=<your-team>.${port.name}`,
          "auto.offset.reset=earliest",
          `# topic: ${port.topic ?? port.location ?? "<topic>"}`,
          ...(port.format ? [`# value format: ${port.format}`] : []),
        ].join("\n"),
      };
    case "kinesis":
      return { language: "shell", code: `aws kinesis describe-stream-summary --stream-name ${shellQuote(port.topic ?? port.location ?? "<stream>")}` };
    case "pubsub":
      return { language: "shell", code: `gcloud pubsub subscriptions create <your-subscription> --topic=${shellQuote(port.topic ?? port.location ?? "<topic>")}` };
    case "s3":
      return { language: "shell", code: `aws s3 ls ${shellQuote(port.location ?? "s3://<bucket>/<prefix>")} --recursive` };
    case "gcs":
      return { language: "shell", code: `gsutil ls -r ${shellQuote(port.location ?? "gs://<bucket>/<prefix>")}` };
    case "adls":
      return { language: "shell", code: `az storage fs file list --path ${shellQuote(port.location ?? "<path>")} --file-system <container> --account-name <account>` };
    case "sftp":
      return { language: "shell", code: `sftp <user>@${port.location ?? "<host>:<path>"}` };
    case "rest":
      return { language: "shell", code: `curl -H "Authorization: Bearer $TOKEN" ${shellQuote(port.location ?? "https://<host>/<path>")}` };
    case "graphql":
      return {
        language: "shell",
        code: `curl -X POST -H "Content-Type: application/json" -H "Authorization: Bearer $TOKEN" \\\n  -d '{"query":"{ __schema { queryType { name } } }"}' ${shellQuote(port.location ?? "https://<host>/graphql")}`,
      };
    case "grpc":
      return { language: "shell", code: `grpcurl -H "authorization: Bearer $TOKEN" ${port.location ?? "<host>:443"} list` };
    default:
      return { language: "shell", code: `# ${port.technology}: ${table ?? port.topic ?? "no location given"}` };
  }
}
