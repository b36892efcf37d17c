import { z } from "zod";

// Any 8-4-4-4-12 hex id; a malformed id is a 400, a well-formed unknown or hidden one a 404.
export const ZRecordId = z.guid("Not a valid record id");
export const ZByIdRequestSchema = z.object({ id: ZRecordId });
export const ZAccountIdRequestSchema = z.object({ accountId: ZRecordId });
