/** Signing in and out, and the demo court's accounts for the login page. */
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { request } from "../../shared/api/client";
import type { DemoAccountsResponse, LoginRequest, UserResponse } from "../../shared/api/types";
import { endSession, sessionKeys, startSession } from "../../shared/session/queries";

/** The demo court's accounts for the login page; none when the court is not the demo. */
export function useDemoAccounts() {
  return useQuery({
    queryKey: sessionKeys.demoAccounts(),
    queryFn: ({ signal }) =>
      request<DemoAccountsResponse>("GET", "/auth/demo-accounts", { quiet401: true, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      request<UserResponse>("POST", "/auth/login", { json: body, quiet401: true }),
    onSuccess: ({ user }) => startSession(user),
  });
}

/** Signs out and goes to the login page (signed out on this page even if the server could not be told). */
export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => request<void>("POST", "/auth/logout", { quiet401: true }),
    onSettled: () => {
      endSession();
      void navigate("/login", { replace: true });
    },
  });
}
