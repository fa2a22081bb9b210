// /api/users: everyone signed in can list accounts (to assign claims); only admins create and change them.
import { Router } from "express";
import { createUserInputSchema, idSchema, updateUserInputSchema } from "@claimdesk/shared";
import type { AppDeps } from "../app-deps.ts";
import { jsonAnswer, sendAnswer } from "../http/answer.ts";
import { notFound } from "../http/app-error.ts";
import { actorOf, requirePermission, requireSession } from "../http/auth.ts";
import { parseChange, parseInput } from "../http/validate.ts";
import { answerOnce } from "../idempotency/answer-once.ts";
import { createUser } from "./create-user.ts";
import { updateUser } from "./update-user.ts";
import { presentUser } from "./user-presenter.ts";

export function createUsersRouter({ db, live }: AppDeps): Router {
  const router = Router();

  router.get("/users", requireSession, async (_req, res) => {
    const users = await db.prisma.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }] });
    res.json({ items: users.map(presentUser) });
  });

  router.post("/users", requirePermission("manage:users"), async (req, res) => {
    const input = parseInput(createUserInputSchema, req.body, "body");
    const answer = await db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const user = await createUser(tx, actorOf(req), input);
        return jsonAnswer(201, presentUser(user), { Location: `/api/users/${user.id}` });
      }),
    );
    sendAnswer(res, answer);
  });

  router.patch("/users/:id", requirePermission("manage:users"), async (req, res) => {
    const id = String(req.params.id);
    if (!idSchema.safeParse(id).success) throw notFound("user", id);
    const input = parseChange(updateUserInputSchema, req.body);
    const answer = await db.prisma.$transaction((tx) =>
      answerOnce(tx, req, async () => {
        const context = { keepSessionId: req.auth?.sessionId ?? null, live };
        return jsonAnswer(200, presentUser(await updateUser(tx, actorOf(req), id, input, context)));
      }),
    );
    sendAnswer(res, answer);
  });

  return router;
}
