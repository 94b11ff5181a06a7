// Decode .eml files with two independent JavaScript MIME parsers (nodemailer's mailparser and
// postal-mime); print what each one shows a user: subject, display names, attachment names.
import { readFileSync } from "node:fs";
import { simpleParser } from "mailparser";
import PostalMime from "postal-mime";

const out = [];
for (const path of process.argv.slice(2)) {
  const raw = readFileSync(path);
  const a = await simpleParser(raw);
  out.push({
    parser: "mailparser",
    path,
    subject: a.subject,
    from: a.from.value.map((x) => x.name),
    to: a.to.value.map((x) => x.name),
    attachments: a.attachments.map((x) => x.filename),
  });
  const b = await PostalMime.parse(raw);
  out.push({
    parser: "postal-mime",
    path,
    subject: b.subject,
    from: [b.from.name],
    to: b.to.map((x) => x.name),
    attachments: b.attachments.map((x) => x.filename),
  });
}
console.log(JSON.stringify(out));
