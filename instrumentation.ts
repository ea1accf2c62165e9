// Runs once when the server starts: migrations are applied and demo data seeded before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/db/prepare");
    await prepareDatabase();
  }
}
