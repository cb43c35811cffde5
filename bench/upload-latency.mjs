// How long the server keeps others waiting while it validates an upload: a server (the built code,
// dist/ or --dist <dir>) runs in its own process over an empty database; this process signs in,
// asks /api/auth/me again and again (one request at a time, 10 ms apart) and, after a second of
// that, uploads each file given to /api/imports/validate. It prints the latency of /api/auth/me
// before and during each validation, and what the validation answered. Beside it, a request no
// route answers (a 404, which reads no session and no database) measures the event loop alone:
// /api/auth/me also reads the session, which an older build read on the server's own database
// connection — held by an import for its whole transaction — and which is now read on a read-pool
// connection (src/db/sessions/sessions.ts).
//
//   npm run build && node bench/upload-latency.mjs [file…] [--dist dir]
//
// Without files it makes its own: a demo court's workbook (BENCH_UPLOAD_CASES cases, default
// 50,000), a zip bomb (a 1 GiB cell deflated to 1 MB; its directory tells the truth), the same bomb
// with a directory that says 2,000 bytes, and a CSV of 400 MB without a line break. --dist runs the
// server of another build (an older commit's, for a before/after comparison).
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

const args = process.argv.slice(2);
const distAt = args.indexOf("--dist");
const dist = resolve(distAt >= 0 ? args[distAt + 1] : fileURLToPath(new URL("../dist", import.meta.url)));
const files = args.filter((_, i) => distAt < 0 || (i !== distAt && i !== distAt + 1));
const dir = mkdtempSync(join(tmpdir(), "shenguan-upload-bench-"));
if (files.length === 0) files.push(...(await makeFiles(join(dir, "files"))));
// The server's script is a file (not -e): worker threads inherit the process's flags.
const script = join(dir, "server.mjs");
writeFileSync(
  script,
  `const { startApp } = await import(${JSON.stringify(pathToFileURL(join(dist, "http/start.js")).href)});
   const app = await startApp({ db: ${JSON.stringify(join(dir, "bench.db"))}, port: 0, demo: false, buildWeb: false, warm: false });
   console.log("READY " + JSON.stringify({ url: app.url, admin: app.admin }));`,
);
const child = spawn(process.execPath, [script], {
  env: { ...process.env, TMPDIR: dir },
  stdio: ["ignore", "pipe", "inherit"],
});
const ready = await new Promise((resolveReady, reject) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    const line = out.split("\n").find((l) => l.startsWith("READY "));
    if (line) resolveReady(JSON.parse(line.slice(6)));
  });
  child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
child.removeAllListeners("exit");

const { url, admin } = ready;
const login = await fetch(`${url}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(admin),
});
const jar = login.headers.getSetCookie().map((c) => c.split(";")[0]);
const cookie = jar.join("; ");
const csrf = jar.find((c) => c.startsWith("sg_csrf="))?.slice("sg_csrf=".length) ?? "";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const uploader = join(dir, "upload.mjs");
writeFileSync(
  uploader,
  `import { readFileSync } from "node:fs";
   import { basename } from "node:path";
   const [url, cookie, csrf, file] = process.argv.slice(2);
   const form = new FormData();
   form.append("files", new Blob([readFileSync(file)]), basename(file));
   const res = await fetch(url + "/api/imports/validate", { method: "POST", headers: { cookie, "x-csrf-token": csrf }, body: form });
   process.stdout.write(JSON.stringify({ status: res.status, body: await res.text() }));`,
);
/** What the server's upload folder holds (its TMPDIR is `dir`). */
function leftInUploads() {
  const root = join(dir, "shenguan-uploads");
  let folders = 0;
  let bytes = 0;
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    folders++;
    for (const f of readdirSync(join(root, name))) bytes += statSync(join(root, name, f)).size;
  }
  return `${folders} upload(s), ${(bytes / 1048576).toFixed(1)} MB`;
}

/** Uploads the file to /api/imports/validate from a process of its own. */
async function upload(file) {
  const c = spawn(process.execPath, [uploader, url, cookie, csrf, file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let text = "";
  c.stdout.on("data", (d) => {
    text += d;
  });
  await once(c, "exit");
  return JSON.parse(text);
}
/** Asks `path` until stop() and returns the latencies (ms). */
function poll(path) {
  const times = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const t = performance.now();
      const res = await fetch(`${url}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - t);
      await sleep(10);
    }
    return times;
  })();
  return {
    async stop() {
      stopped = true;
      return done;
    },
  };
}
const stats = (t) => {
  const s = [...t].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
  return `n=${s.length} p50=${q(0.5).toFixed(1)} p95=${q(0.95).toFixed(1)} max=${(s.at(-1) ?? Number.NaN).toFixed(1)} ms`;
};

try {
  for (const file of files) {
    const size = statSync(file).size;
    const before = poll("/api/auth/me");
    const loopBefore = poll("/api/no-such-route");
    await sleep(1000);
    const idle = await before.stop();
    const loopIdle = await loopBefore.stop();
    const during = poll("/api/auth/me");
    const loopDuring = poll("/api/no-such-route");
    // The upload is sent by another process: sending 400 MB would hold up this one's timers.
    const t = performance.now();
    const { status, body } = await upload(file);
    const ms = performance.now() - t;
    const busy = await during.stop();
    const loopBusy = await loopDuring.stop();
    let answer = body.slice(0, 160);
    try {
      const j = JSON.parse(body);
      answer = j.report ? `${j.report.summary} ${j.report.errors?.[0]?.message ?? ""}` : j.error?.message;
    } catch {}
    console.log(
      `${basename(file)} (${(size / 1048576).toFixed(1)} MB): HTTP ${status} in ${ms.toFixed(0)} ms — ${answer}`,
    );
    console.log(`  /api/auth/me before: ${stats(idle)}`);
    console.log(`  /api/auth/me during: ${stats(busy)}`);
    console.log(`  event loop (404) before: ${stats(loopIdle)}`);
    console.log(`  event loop (404) during: ${stats(loopBusy)}`);
    console.log(`  left in the upload folder: ${leftInUploads()}`);
  }
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}

// ------------------------------------------------------------------------------------------------
// The files, when none are given

async function makeFiles(out) {
  mkdirSync(out, { recursive: true });
  const own = fileURLToPath(new URL("../dist/", import.meta.url));
  const { writeDemoFiles } = await import(pathToFileURL(join(own, "app/demo/write-demo-files.js")).href);
  const cases = Number(process.env.BENCH_UPLOAD_CASES ?? 50_000);
  const demo = join(out, "demo");
  mkdirSync(demo);
  await writeDemoFiles(
    demo,
    { cases, fromYear: 2023, toYear: 2024, asOf: "2024-12-31", seed: 1 },
    { xlsx: true },
  );
  const header = ["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人"];
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${header
    .map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`)
    .join("")}</row><row r="2"><c r="A2" t="inlineStr"><is><t>`;
  const sheet = await deflatedRepeat(head, 2 ** 30, "</t></is></c></row></sheetData></worksheet>");
  writeFileSync(join(out, "bomb.xlsx"), workbook(sheet));
  writeFileSync(join(out, "liar.xlsx"), workbook({ ...sheet, size: 2000 }));
  const noline = join(out, "noline.csv");
  const w = createWriteStream(noline);
  w.write("案号,立案日期,");
  const block = Buffer.alloc(1 << 20, "a");
  for (let i = 0; i < 400; i++) if (!w.write(block)) await once(w, "drain");
  w.end();
  await once(w, "finish");
  return [join(demo, "cases.xlsx"), join(out, "bomb.xlsx"), join(out, "liar.xlsx"), noline];
}

/** `head`, `fill` bytes of the letter a, `tail`, deflated as a stream: { stored, crc, size }. */
async function deflatedRepeat(head, fill, tail) {
  const d = createDeflateRaw({ level: 9 });
  const chunks = [];
  d.on("data", (c) => chunks.push(c));
  const ended = once(d, "end");
  const block = Buffer.alloc(1 << 20, "a");
  let crc = crc32(head);
  d.write(head);
  for (let left = fill; left > 0; left -= block.length) {
    crc = crc32(block, crc);
    if (!d.write(block)) await once(d, "drain");
  }
  crc = crc32(tail, crc);
  d.end(tail);
  await ended;
  return {
    stored: Buffer.concat(chunks),
    crc,
    size: Buffer.byteLength(head) + fill + Buffer.byteLength(tail),
  };
}

/** A workbook with one sheet 案件 whose part is `sheet` (a zip without data descriptors). */
function workbook(sheet) {
  const part = (name, xml) => {
    const b = Buffer.from(xml);
    return { name, stored: deflateRawSync(b), crc: crc32(b), size: b.length };
  };
  const parts = [
    part(
      "[Content_Types].xml",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    part(
      "xl/workbook.xml",
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="案件" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    { name: "xl/worksheets/sheet1.xml", ...sheet },
  ];
  const u16 = (n) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    return b;
  };
  const locals = [];
  const central = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const common = Buffer.concat([
      u16(20),
      u16(0x0800),
      u16(8),
      u16(0),
      u16(0x21),
      u32(p.crc),
      u32(p.stored.length),
      u32(p.size),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, p.stored]);
    central.push(
      Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]),
    );
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, end]);
}
