// The SQLite checkpointer (a worker thread of the SQLite storage). It copies committed pages
// from the WAL back into the database file (PASSIVE checkpoints, which never block the writer)
// every CHECKPOINT_MS on a connection of its own, so the writer's commits do not pay for it:
// left to SQLite, the commit that crosses 1,000 WAL pages runs the checkpoint itself, and the
// receipts in that batch wait for two more fsyncs and megabytes of copying. A commit is durable
// once its WAL frames are synced (synchronous=FULL, in the writer); a checkpoint only moves them.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, intervalMs } = /** @type {{ file: string, intervalMs: number }} */ (workerData);
const db = new Database(file);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');

const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), intervalMs);

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (msg) => {
  if (msg.type === 'close') {
    clearInterval(timer);
    db.close();
    port.close();
  }
});
