/**
 * 涉企与营商环境 (/api/business-environment/*): the 涉企 panel, the "解决商业纠纷" pack and its files,
 * the pack's definitions (read; changed by the office).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DefinitionsBody,
  EnterprisePanelBody,
  PackBody,
} from "../../../../src/http/routes/business-environment/schema.js";
import { download, request } from "../../shared/api/client";

export type EnterprisePanel = EnterprisePanelBody;
export type Pack = PackBody;
export type Definitions = DefinitionsBody["definitions"];
export type DefinitionsView = DefinitionsBody;
export type TypicalCase = Pack["largest"][number];

export const businessKeys = {
  all: ["business-environment"] as const,
  panel: (q: object) => [...businessKeys.all, "panel", q] as const,
  pack: (q: object) => [...businessKeys.all, "pack", q] as const,
  definitions: () => [...businessKeys.all, "definitions"] as const,
};

export function useEnterprisePanel(q: { from: string; to: string; by: "division" | "cause" | "court" }) {
  return useQuery({
    queryKey: businessKeys.panel(q),
    queryFn: ({ signal }) =>
      request<EnterprisePanelBody>("GET", "/business-environment/panel", { query: q, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePack(q: { from: string; to: string }) {
  return useQuery({
    queryKey: businessKeys.pack(q),
    queryFn: ({ signal }) => request<PackBody>("GET", "/business-environment/pack", { query: q, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDefinitions() {
  return useQuery({
    queryKey: businessKeys.definitions(),
    queryFn: ({ signal }) => request<DefinitionsBody>("GET", "/business-environment/definitions", { signal }),
  });
}

export function useUpdateDefinitions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Definitions) =>
      request<DefinitionsBody>("PUT", "/business-environment/definitions", { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: businessKeys.all }),
  });
}

export function downloadPack(q: { from: string; to: string }, format: "xlsx" | "docx"): Promise<string> {
  return download("/business-environment/pack/download", { ...q, format }, `解决商业纠纷佐证材料.${format}`);
}
