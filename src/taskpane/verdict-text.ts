/**
 * The verdict's sentence as the pane shows it under its title. The core's sentence often starts with
 * the cause's title ("The recipient's mailbox is full — the recipient has to sort this out"): shown
 * under that same title it would say it twice, so the pane keeps what follows it.
 */
export function sentenceAfterTitle(title: string, sentence: string): string {
  const lead = title.trim();
  if (lead === "" || !sentence.toLocaleLowerCase().startsWith(lead.toLocaleLowerCase())) return sentence;
  const rest = sentence.slice(lead.length).replace(/^[\s\u2013\u2014:;,.-]+/, "");
  return rest === "" ? "" : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
