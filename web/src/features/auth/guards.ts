/**
 * Route guards (loaders): who may open which screen. Signed out → /login?next=<the address>;
 * signed in without the permission → the 403 page at the same address. Row buttons are not decided
 * here but by each row's `actions` from the server.
 */
import { data, type LoaderFunctionArgs, redirect, type ShouldRevalidateFunctionArgs } from "react-router";
import { queryClient } from "../../shared/api/queryClient";
import type { Permission, User } from "../../shared/api/types";
import { currentUser, loadUser, metaQuery } from "../../shared/session/queries";
import { homeFor, safeNext } from "../../shared/session/session";

/**
 * The guards answer for a path: a change of the query string alone (filters, paging) does not ask
 * them again, so it renders at once instead of waiting for a round of loaders.
 */
export function unlessSamePath({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

function toLogin(request: Request): Response {
  const url = new URL(request.url);
  const here = url.pathname + url.search;
  return redirect(here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`);
}

/** The signed-in user, or a redirect to the login page. */
export async function requireUser(request: Request): Promise<User> {
  const user = await loadUser();
  if (!user) throw toLogin(request);
  return user;
}

/**
 * The signed-in area: who is signed in and the court's meta data, asked at the same time on the
 * first screen (meta answers 401 when nobody is; that answer is then simply dropped).
 */
export async function sessionLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const asking = currentUser() === undefined;
  const meta = asking ? queryClient.prefetchQuery(metaQuery) : undefined;
  const user = await requireUser(request);
  // A password someone else set is changed before anything else (the server refuses the rest).
  if (user.mustChangePassword && new URL(request.url).pathname !== "/password") throw redirect("/password");
  await (meta ?? (user.mustChangePassword ? undefined : queryClient.prefetchQuery(metaQuery)));
  return null;
}

/** A screen that needs a permission; `valid` rejects unknown addresses (404) first. */
export function permissionLoader(
  permission: Permission,
  valid: (params: LoaderFunctionArgs["params"]) => boolean = () => true,
) {
  return async ({ request, params }: LoaderFunctionArgs): Promise<null> => {
    const user = await requireUser(request);
    if (!valid(params)) throw data("页面不存在", { status: 404 });
    if (!user.permissions.includes(permission)) throw data("无权访问", { status: 403 });
    return null;
  };
}

/** The login page: someone already signed in goes on to `next` or to their first screen. */
export async function loginLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const user = await loadUser();
  if (user) throw redirect(safeNext(new URL(request.url).searchParams.get("next")) ?? homeFor(user));
  return null;
}
