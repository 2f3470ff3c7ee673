import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Owners write descriptions in Markdown. Raw HTML is dropped (skipHtml) and react-markdown
 * already refuses javascript: URLs, so a description cannot inject script or markup.
 */
export function MarkdownDescription({ source }: { source: string | null }) {
  if (!source?.trim()) return <p className="text-sm text-slate-500">No description yet.</p>;
  return (
    <div className="prose-sm max-w-none space-y-3 text-sm leading-6 text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:text-sm [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_table]:w-full [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&_ul]:list-disc">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={{ a: ({ href, children }) => <a href={href} rel="noopener noreferrer nofollow">{children}</a> }}>
        {source}
      </Markdown>
    </div>
  );
}
