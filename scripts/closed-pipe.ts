// Imported first by every CLI: when whoever reads our output goes away (`| head`), end quietly with
// status 0, as Unix tools do, instead of Node's unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
