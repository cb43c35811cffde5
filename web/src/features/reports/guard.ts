/**
 * Who may open the reports screen: those with the bulletins grant (审管办, 院领导, administrator)
 * and a 庭长, who gets their own division's version. The server decides again on every download.
 */
import { data, type LoaderFunctionArgs } from "react-router";
import { requireUser } from "../auth/guards";

export async function reportsLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const user = await requireUser(request);
  if (!user.permissions.includes("bulletins") && user.role !== "chief")
    throw data("无权访问", { status: 403 });
  return null;
}
