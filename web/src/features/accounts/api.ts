/** Accounts for the administrator (/api/users): the list, adding, changing, resetting a password. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import type { AccountChange, AccountRow, AddedAccount, NewAccount } from "./types";

export const accountKeys = {
  all: ["accounts"] as const,
  list: () => [...accountKeys.all, "list"] as const,
};

export function useAccounts() {
  return useQuery({
    queryKey: accountKeys.list(),
    queryFn: ({ signal }) => request<{ rows: AccountRow[] }>("GET", "/users", { signal }),
  });
}

export function useAddAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAccount) => request<AddedAccount>("POST", "/users", { json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: AccountChange & { id: number }) =>
      request<AccountRow>("PATCH", `/users/${id}`, { json: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (id: number) => request<{ password: string }>("POST", `/users/${id}/reset-password`),
  });
}
