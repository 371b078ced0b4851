// Generated from docs/openapi.json by openapi-typescript (npm run gen:api): do not edit.
// src/api/types.ts names these types for the console.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                503: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (sets the HttpOnly session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                429: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create an API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description a token made with a token expires no later than it */
                        expires_in_days?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffUser"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create a staff user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffUser"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    entity?: string;
                    entity_id?: number;
                    before_id?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AuditEntry"][];
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
        get: {
            parameters: {
                query?: {
                    /** @description search in name, kana, domain, external id (Japanese-aware) */
                    q?: string;
                    owner_id?: number;
                    /** @description one stage or several, comma-separated */
                    journey_stage?: string;
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts showing this band */
                    health_band?: "red" | "yellow" | "green";
                    industry?: string;
                    country?: string;
                    renewal_within_days?: number;
                    /** @description ARR at least this, in the reporting currency's minor units */
                    arr_reporting_min?: number;
                    /** @description ARR at most this, in the reporting currency's minor units */
                    arr_reporting_max?: number;
                    sort?: "name" | "-name" | "renewal_date" | "-renewal_date" | "arr" | "-arr" | "created_at" | "-created_at" | "health" | "-health";
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Account"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account timeline, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["TimelineEntry"][];
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    q?: string;
                    role?: string;
                    departed?: boolean;
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Contact"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/touchpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List touchpoints, newest first */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    contact_id?: number;
                    kind?: string;
                    /** @description date or timestamp */
                    from?: string;
                    /** @description date or timestamp (exclusive) */
                    to?: string;
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Touchpoint"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TouchpointFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/touchpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TouchpointFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets, newest opened first */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    contact_id?: number;
                    status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description only tickets neither solved nor closed */
                    unsolved?: boolean;
                    /** @description opened at or after: date or timestamp */
                    from?: string;
                    /** @description opened before: date or timestamp */
                    to?: string;
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Ticket"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TicketFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List survey responses, newest first */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    contact_id?: number;
                    kind?: "nps" | "csat";
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SurveyListItem"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SurveyResponseFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SurveyResponseFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyResponse"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    status?: "upcoming" | "active" | "ended";
                    sort?: string;
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Contract"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContractFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContractFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/revenue-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue movements (new, expansion, contraction, churn, reactivation) */
        get: {
            parameters: {
                query?: {
                    account_id?: number;
                    kind?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RevenueMovement"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV file of accounts, contacts, contracts, touchpoints or exchange rates (UTF-8 or Shift_JIS; Salesforce and HubSpot headers accepted) */
        post: {
            parameters: {
                query?: {
                    dry_run?: boolean;
                    encoding?: "auto" | "utf-8" | "cp932";
                    /** @description JSON object: column header as written → the field it fills (custom.<key> for an account attribute), or "" to leave the column out; wins over the automatic mapping */
                    mapping?: string;
                    /** @description where the file comes from; a real import remembers its mapping for the source, and a later import from the same source without a mapping uses it */
                    source?: "salesforce" | "hubspot" | "banso" | "other";
                };
                header?: never;
                path: {
                    kind: "accounts" | "contacts" | "contracts" | "touchpoints" | "fx_rates" | "tickets";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description the file cannot be read, or its header cannot be imported as mapped (error.field "file"); in the latter case the body also carries the report's fields (columns, mapping…) so that the columns can be mapped by hand */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                413: components["responses"]["Error"];
                /** @description rows were rejected; nothing was written */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fields an import of this kind accepts, in display order, each with the column headers that fill it on their own and an example value (for a sample file) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "accounts" | "contacts" | "contracts" | "touchpoints" | "fx_rates" | "tickets";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportFields"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment batch
         * @description Segment's batch call: {"batch": [messages], "sentAt": ...}; at most 500 KB. gzip bodies (Content-Encoding: gzip) are accepted. Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        batch: components["schemas"]["SegmentMessage"][];
                        /** Format: date-time */
                        sentAt?: string;
                        writeKey?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment identify
         * @description Segment identify: upserts the contact (by userId, else the email trait) once the user's account is known. Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment track
         * @description Segment track: an event of the user, counted for their account. Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment page
         * @description Segment page view. Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment screen
         * @description Segment screen view (mobile). Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment group
         * @description Segment group: links the user to an account (groupId = the account's external id, else its domain; an unknown group creates a prospect account). Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Segment alias
         * @description Segment alias: previousId becomes the same person as userId. Answered 200 only once the messages are durably stored; a retry with the same messageId is stored once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentMessage"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                /** @description Over the source's rate limit; retry after Retry-After seconds. */
                429: {
                    headers: {
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of the event path */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List event sources (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Source"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create a source and its write key (admin); the key is only in this answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        rate_limit_per_second?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedSource"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a source's write key (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Source"];
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogEvent"][];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily event volume (all events, or one track event name) */
        get: {
            parameters: {
                query?: {
                    /** @description default: 29 days before to */
                    from?: string;
                    /** @description default: today (UTC) */
                    to?: string;
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventVolume"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event log and rollup positions (applied = committed when caught up), and the memory the largest in-memory structures take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committed_position?: number;
                            applied_position?: number;
                            events_committed?: number;
                            events_applied?: number;
                            dedup_window_days?: number;
                            dedup_entries?: number;
                            analytics_role?: boolean;
                            /** @description Estimated bytes: de-duplication window, usage cells (and how many are open, i.e. not yet packed), feature adopters; and the number of people */
                            memory?: {
                                dedup_bytes?: number;
                                cells?: number;
                                open_cells?: number;
                                cell_bytes?: number;
                                adopter_bytes?: number;
                                people?: number;
                            };
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mapping of event names to product features */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeatureMapping"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        /** Replace the feature mapping (admin, manager) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeatureMapping"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeatureMapping"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live stream of committed messages and rejected items (server-sent events; admin) */
        get: {
            parameters: {
                query?: {
                    source_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream: `event: event` (a committed message), `event: rejected` (an item refused, with index and reason) and `event: dropped` (how many messages this watcher missed by reading too slowly), each with JSON data (the data of event and rejected: StreamEvent and StreamRejection in components/schemas) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                503: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's product usage */
        get: {
            parameters: {
                query?: {
                    /** @description default: 29 days before to */
                    from?: string;
                    /** @description default: today (UTC) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountUsage"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/active-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account's DAU per day, and WAU and MAU at `to` */
        get: {
            parameters: {
                query?: {
                    /** @description default: 29 days before to */
                    from?: string;
                    /** @description default: today (UTC) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, never>;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/success-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a success plan (account_id, title and starts_on required); item ids (o1, k2, m3...) are given on save */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessPlanFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlan"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/success-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlan"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; objectives, when sent, replace the list (send items back with their ids); send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessPlanFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlan"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/success-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's success plans, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SuccessPlan"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/success-plans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version's changes, oldest first: [{path, from, to}] */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PlanHistoryEntry"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/success-plan-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Success-plan templates, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SuccessPlanTemplate"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create a template (admins and managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessPlanTemplateFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlanTemplate"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/success-plan-templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlanTemplate"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete (plans made from it keep their content) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessPlanTemplateFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlanTemplate"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/success-plans/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a plan for an account from a template in one step: due dates count from starts_on (default today); the caller becomes its CSM */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account_id: number;
                        template_key: string;
                        /** Format: date */
                        starts_on?: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlan"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's relationship map: contacts with role, last touch, sentiment (touchpoints and NPS), engagement in the last 90 days; the breadth (engaged contacts, not departed) and warnings (single_threaded, champion_departed, no_active_champion) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RelationshipMap"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-sufficiency/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The criteria of each level (guided, self_running, advocate), by level and position */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SelfSufficiencyCriterion"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Add a criterion (admins and managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SelfSufficiencyCriterionFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfSufficiencyCriterion"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-sufficiency/criteria/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SelfSufficiencyCriterionFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfSufficiencyCriterion"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/self-sufficiency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's level (dependent when never assessed), the criteria, and every assessment, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfSufficiency"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Record an assessment: the ids of the criteria the customer meets; the level is the highest whose criteria, and those of every level below, are all met */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        met: number[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SelfSufficiencyAssessment"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journey's stages in order: moment of truth, then position */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["JourneyStage"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Add a stage (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JourneyStageFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyStage"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a stage: refused (409) while accounts are in it or a rule names it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Rename, move or re-order a stage (its key stays) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyStage"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/journey/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journey rules, in the order they are tried, and the fields a condition can test */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyRules"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Add a rule; an unknown field or stage is a 400 naming it (conditions[0].field, to_stage) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JourneyRuleFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyRule"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a rule */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Change a rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyRule"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/journey/rules/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the rules now to every account, or one; a dry run (the default: without a body, or without "dry_run": false) only reports the moves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /**
                         * @description false moves the accounts, attributed to the caller and each rule
                         * @default true
                         */
                        dry_run?: boolean;
                        account_id?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleRunResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's stage, time in it, its transitions (newest first), its facts, and each rule that could move it with every condition's actual value */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountJourney"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/journey/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the account to a stage by hand, with a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        note?: string;
                        /** @description the account's version, for optimistic concurrency */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description moved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyMoveResult"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journey board: every stage with its count and the accounts longest in it first */
        get: {
            parameters: {
                query?: {
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    owner_id?: number;
                    /** @description 0-200, default 25 */
                    per_stage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyBoard"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journey/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The funnel: per stage and moment of truth, accounts reached, conversion from the stage before, median days to the next, churned from; by tier and cohort (when the account entered the journey) */
        get: {
            parameters: {
                query?: {
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description 2026, 2026-Q1 or 2026-03 */
                    cohort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyFunnel"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/icp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ideal customer profile: its weighted criteria and the fields they can test */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Icp"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/icp/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a criterion (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IcpCriterionFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcpCriterion"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/icp/criteria/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a criterion */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Change a criterion */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcpCriterion"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's fit against the ICP now, criterion by criterion */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Fit"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's sales hand-off, or null while it has none (404: no such account) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesHandoff"] | null;
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Record the hand-off with the fit score now; seed_plan also makes a success plan from the notes, in the same transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SalesHandoffFields"] & {
                        seed_plan?: {
                            template_key?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HandoffCreated"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoffs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the hand-off notes (the fit at hand-off stays) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesHandoff"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/handoffs/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed a success plan from the notes (once), optionally on a template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        template_key?: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessPlan"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hand-offs, newest first: with fit_below, the poor-fit list */
        get: {
            parameters: {
                query?: {
                    fit_below?: number;
                    since_days?: number;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SalesHandoff"][];
                            total: number;
                            next_cursor: string | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff user (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffUser"];
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a staff user's name, role, language or disabled state (admin); disabling ends their sessions and revokes their tokens */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        /** @enum {string} */
                        role?: "admin" | "manager" | "csm" | "marketer" | "viewer";
                        /** @enum {string} */
                        language?: "ja" | "en";
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffUser"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a staff user (admin); their sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End every sign-in session of a staff user (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sign-in-lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear the back-off after failed sign-ins for a staff user's email (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff user's API tokens (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporting currency and the churn grace period */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevenueSettings"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change them; a new reporting currency converts every account's ARR again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RevenueSettingsFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevenueSettings"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates into the reporting currency, and the currencies that lack one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FxRates"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Create (also: POST /api/v1/imports/fx_rates with a CSV of month, currency, rate) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FxRateFields"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FxRate"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FxRate"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Update the fields given; send the version you read (409 if stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FxRateFields"] & {
                        /** @description the version you read; a stale one is a 409 conflict */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FxRate"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts due for renewal: ending within the days given (and those in their grace days) with no renewal yet. An end is churn only once the grace days have passed unrenewed. */
        get: {
            parameters: {
                query?: {
                    within_days?: number;
                    account_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Renewals"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account list (the same filters and sort, every page) as a CSV file in Banso's import columns, so that it imports back; cells a spreadsheet would run as a formula start with an apostrophe */
        get: {
            parameters: {
                query?: {
                    /** @description search in name, kana, domain, external id (Japanese-aware) */
                    q?: string;
                    owner_id?: number;
                    /** @description one stage or several, comma-separated */
                    journey_stage?: string;
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts showing this band */
                    health_band?: "red" | "yellow" | "green";
                    industry?: string;
                    country?: string;
                    renewal_within_days?: number;
                    /** @description ARR at least this, in the reporting currency's minor units */
                    arr_reporting_min?: number;
                    /** @description ARR at most this, in the reporting currency's minor units */
                    arr_reporting_max?: number;
                    sort?: "name" | "-name" | "renewal_date" | "-renewal_date" | "arr" | "-arr" | "created_at" | "-created_at" | "health" | "-health";
                    /** @description utf-8 is written with a BOM, so that Excel opens it as UTF-8 */
                    encoding?: "utf-8" | "shift_jis";
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts as a CSV file in the import columns (plus the account's name), so that it imports back; formula cells neutralised */
        get: {
            parameters: {
                query?: {
                    /** @description only this account's */
                    account_id?: number;
                    /** @description utf-8 is written with a BOM, so that Excel opens it as UTF-8 */
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts as a CSV file in the import columns (plus the account's name), so that it imports back; formula cells neutralised */
        get: {
            parameters: {
                query?: {
                    /** @description only this account's */
                    account_id?: number;
                    /** @description utf-8 is written with a BOM, so that Excel opens it as UTF-8 */
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/touchpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Touchpoints, newest first, as a CSV file in the import columns (plus the account's name), so that it imports back; formula cells neutralised */
        get: {
            parameters: {
                query?: {
                    /** @description only this account's */
                    account_id?: number;
                    /** @description utf-8 is written with a BOM, so that Excel opens it as UTF-8 */
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The renewals due (the same window as GET /api/v1/renewals) as a CSV file; formula cells neutralised */
        get: {
            parameters: {
                query?: {
                    within_days?: number;
                    account_id?: number;
                    /** @description utf-8 is written with a BOM, so that Excel opens it as UTF-8 */
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One change for a selection of accounts (owner, touch model, journey stage), all or nothing; each account is audited and a move records its transition */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account_ids: number[];
                        owner_id?: number | null;
                        /** @enum {string|null} */
                        tier_override?: "high_touch" | "low_touch" | "tech_touch" | null;
                        tier_override_reason?: string | null;
                        journey_stage?: string;
                        /** @description recorded with the journey move */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description accounts changed (one already as asked is not counted) */
                            updated: number;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The person left for another customer: marks this contact departed and creates their contact there, linked back (previous_contact_id); their history stays with this contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        account_id: number;
                        /** @enum {string|null} */
                        role?: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
                        title?: string | null;
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            left: components["schemas"]["Contact"];
                            joined: components["schemas"]["Contact"];
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
                413: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue retention: the MRR bridge, GRR, NRR and logo retention by month, quarter or trailing twelve months */
        get: {
            parameters: {
                query?: {
                    /** @description month by default */
                    period?: "month" | "quarter" | "ttm";
                    /** @description the first month (of a quarter: the quarter it is in); 11 months before to by default */
                    from?: string;
                    /** @description the last month; this month by default */
                    to?: string;
                    /** @description accounts of this touch model (the tier in force: tier_override, else the rules) */
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts this user owns */
                    owner_id?: number;
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RetentionReport"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohort retention tables by the month or quarter of each account's first new revenue */
        get: {
            parameters: {
                query?: {
                    by?: "month" | "quarter";
                    measure?: "revenue" | "logos";
                    /** @description accounts of this touch model (the tier in force: tier_override, else the rules) */
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts this user owns */
                    owner_id?: number;
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CohortReport"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/restatements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes that back-dated contract changes made to closed months' figures, newest first */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    /** @description 100 by default */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Restatement"][];
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's health score and band (an override's while one is in force), the scorecard version, and the contribution ledger: each measure's raw value, normalised value, weight, missing-data rule and points (the points sum to the score) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountHealth"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/health/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily snapshots of the score and band, and the latest band changes */
        get: {
            parameters: {
                query?: {
                    /** @description first day (default: a year before to) */
                    from?: string;
                    /** @description last day (default: today) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthHistory"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/health/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two dates: every measure's raw value and points at both, with the scorecard in force */
        get: {
            parameters: {
                query?: {
                    /** @description the earlier day (default: a month before to) */
                    from?: string;
                    /** @description the later day (default: today) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthDiff"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/health/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the band shown by hand, with a reason and an expiry; no rescoring replaces it until it expires or is ended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        band: "red" | "yellow" | "green";
                        reason: string;
                        /** Format: date-time */
                        expires_at: string;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthOverride"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        /** End the override in force */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feed of band changes at or after since, oldest first (what automation triggers on); next gives the since and after_id of the following page */
        get: {
            parameters: {
                query: {
                    /** @description a date or an ISO 8601 timestamp */
                    since: string;
                    /** @description with since: skip the changes at since up to this id */
                    after_id?: number;
                    /** @description 1 to 1000 (default 200) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["HealthBandChange"][];
                            next: {
                                since?: string;
                                after_id?: number;
                            } | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scorecards, each with its version in force, its draft and its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Scorecard"][];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** A new scorecard for a tier; its first version is a draft until published */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string|null} */
                        tier?: "high_touch" | "low_touch" | "tech_touch" | null;
                        definition: components["schemas"]["ScorecardDefinition"];
                        /** @description score this segment's members (not with tier); a segment that filters by health band cannot */
                        segment_id?: number | null;
                    };
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scorecard"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The measures a scorecard can weigh, with unit, source and direction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @enum {string} */
                                measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
                                /** @enum {string} */
                                unit: "percent" | "days" | "count" | "score" | "points" | "flag" | "level" | "ratio";
                                /** @enum {string} */
                                source: "usage" | "touchpoints" | "surveys" | "tickets" | "relationships" | "success_plans" | "self_sufficiency" | "journey" | "contracts";
                                higher_is_better: boolean;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scorecard */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scorecard"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the draft (the version in force scores on until it is published) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        definition: components["schemas"]["ScorecardDefinition"];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scorecard"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        post?: never;
        /** Discard the draft */
        delete: {
            parameters: {
                query: {
                    /** @description the scorecard's version you read */
                    version: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description discarded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the draft in force and rescore every account with it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Scorecard"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Today's distribution of scores under the draft (or the definition sent) beside the version in force */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        definition?: components["schemas"]["ScorecardDefinition"];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: components["schemas"]["HealthDistribution"];
                            published: components["schemas"]["HealthDistribution"] | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}/backtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The draft (or the definition sent) and the version in force scored at monthly dates, each with its ROC AUC for churning within 90 days and the churn rate per band */
        post: {
            parameters: {
                query?: {
                    /** @description monthly dates, 1 to 36 (default 24) */
                    months?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        definition?: components["schemas"]["ScorecardDefinition"];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: components["schemas"]["HealthBacktest"];
                            published: components["schemas"]["HealthBacktest"] | null;
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/touch-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The touch model's rules (first that holds decides the tier; none: tech touch; a tier_override wins) and the accounts per CSM each tier aims at */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TouchModel"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        /** Replace the rules and capacities; every account moves to the tier they now give */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        rules?: {
                            /** @enum {string} */
                            tier: "high_touch" | "low_touch";
                            /** @description ARR in the reporting currency's minor units at least this */
                            min_arr_minor?: number | null;
                            /** @description any of these (empty: any) */
                            employee_bands?: string[];
                            /** @description any of these (empty: any) */
                            industries?: string[];
                            attribute?: {
                                key: string;
                                value: string;
                            } | null;
                        }[];
                        /** @description accounts one CSM can serve, per tier */
                        capacity?: {
                            high_touch?: number;
                            low_touch?: number;
                            tech_touch?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TouchModel"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/touch-model/pyramid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pyramid: accounts, ARR and its share, health, CSMs and accounts per CSM against capacity, per tier; moves between tiers this quarter */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TouchPyramid"];
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments (saved account filters), each with how many accounts it holds now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Segment"][];
                        };
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        /** Save an account filter by name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SegmentFields"];
                };
            };
            responses: {
                /** @description created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A segment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                401: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a segment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        /** Rename a segment or change its filter */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
                403: components["responses"]["Error"];
                404: components["responses"]["Error"];
                409: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/v1/revenue/lifetime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lifetime value: survival by tenure, the sBG fit, LTV and the residual value of today's customers */
        get: {
            parameters: {
                query?: {
                    /** @description accounts of this touch model (the tier in force) */
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts this user owns */
                    owner_id?: number;
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                    /** @description yearly discount rate, 10 by default */
                    discount_percent?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lifetime"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio dashboard: outcomes first (NRR, GRR, logo retention, ARR at risk, LTV, success-plan outcomes, self-sufficiency), then health, then activity */
        get: {
            parameters: {
                query?: {
                    /** @description accounts of this touch model (the tier in force) */
                    tier?: "high_touch" | "low_touch" | "tech_touch";
                    /** @description accounts this user owns */
                    owner_id?: number;
                    /** @description accounts of this segment (a saved account filter); 400 naming segment_id when there is none */
                    segment_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                400: components["responses"]["Error"];
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What rescoring costs in this server: thread CPU and wall time of the rescorings after changes (the last 4,096) and of the last rescoring of every account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rescoring: {
                                changes: {
                                    count: number;
                                    kept: number;
                                    /** @description accounts rescored in the kept rescorings */
                                    accounts: number;
                                    cpu_ms: {
                                        p50?: number;
                                        p99?: number;
                                        max?: number;
                                    } | null;
                                    wall_ms: {
                                        p50?: number;
                                        p99?: number;
                                        max?: number;
                                    } | null;
                                };
                                full: {
                                    accounts?: number;
                                    cpu_ms?: number;
                                    wall_ms?: number;
                                } | null;
                            };
                        };
                    };
                };
                401: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid" | "not_found" | "conflict" | "unauthorized" | "forbidden" | "too_large" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                /**
                 * @description what is wrong, stable for clients to word in their own language: the message's form (src/core/error_reason.cpp), else the code
                 * @enum {string}
                 */
                reason: "invalid" | "not_found" | "conflict" | "unauthorized" | "forbidden" | "too_large" | "unprocessable" | "rate_limited" | "unavailable" | "internal" | "required" | "unknown_field" | "unknown_query_parameter" | "not_a_string" | "not_an_integer" | "not_a_positive_integer" | "not_a_number" | "not_a_boolean" | "not_a_list" | "not_an_object" | "not_a_date" | "not_utf8" | "contains_nul" | "control_character" | "empty" | "blank" | "invalid_json" | "given_twice" | "too_deep" | "json_required" | "no_body_expected" | "body_unreadable" | "too_long" | "too_short" | "length_range" | "out_of_range" | "negative" | "too_many" | "too_few" | "too_big" | "range_too_long" | "not_one_of" | "unknown_stage" | "unknown_choice" | "not_an_email" | "not_a_host" | "not_a_country" | "not_a_currency" | "not_a_language" | "bad_key" | "bad_cursor" | "in_future" | "not_in_future" | "before_other" | "no_such_reference" | "stale_version" | "already_exists" | "in_use" | "key_fixed" | "same_stage" | "already_moved" | "same_account" | "weak_password" | "weak_password_dictionary" | "weak_password_personal" | "weak_password_repetitive" | "last_admin" | "own_account" | "wrong_credentials" | "not_signed_in" | "csrf" | "role_forbidden" | "user_disabled" | "database_busy" | "database_down" | "shutting_down" | "not_a_month" | "not_a_rate" | "reporting_currency" | "not_a_count" | "not_a_time" | "not_an_amount" | "too_many_decimals" | "not_a_billing_period" | "not_a_touchpoint_kind" | "not_a_sentiment" | "not_a_ticket_priority" | "not_a_ticket_status" | "stray_cells" | "ambiguous_owner" | "unknown_owner" | "unknown_contact" | "unknown_account" | "unknown_account_name" | "unknown_contact_email" | "ambiguous_account_name" | "ambiguous_contact_email" | "repeated_row" | "not_positive" | "not_ascending" | "too_few_thresholds" | "band_order" | "band_gap" | "band_end" | "no_draft" | "first_draft" | "no_scorecard" | "segment_by_health" | "tier_or_segment";
                /** @description the values the message names, e.g. {"max": 200} for too_long */
                params: {
                    [key: string]: string | number;
                };
                message: string;
                /** @description the request field the error is about */
                field: string | null;
            };
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is Account. */
        AccountFields: {
            readonly id?: number;
            readonly version?: number;
            name?: string;
            name_kana?: string | null;
            external_id?: string | null;
            domain?: string | null;
            industry?: string | null;
            /** @enum {string|null} */
            employee_band?: "1-9" | "10-49" | "50-249" | "250-999" | "1000-4999" | "5000+" | null;
            /** @description ISO 3166-1 alpha-2 */
            country?: string | null;
            /** @description ISO 4217 */
            currency?: string;
            owner_id?: number | null;
            readonly owner_name?: string | null;
            /** @enum {string|null} */
            tier_override?: "high_touch" | "low_touch" | "tech_touch" | null;
            readonly tier?: string | null;
            /** @description a journey stage's key (GET /api/v1/journey/stages); new accounts start in the first SMOT stage */
            journey_stage?: string;
            /** @enum {string|null} */
            readonly moment_of_truth?: "zmot" | "fmot" | "smot" | "tmot" | "churned" | null;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            renewal_date?: string | null;
            custom_attributes?: {
                [key: string]: unknown;
            };
            /** @description annual recurring revenue in the currency's minor unit */
            readonly arr_minor?: number;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            /** @description when the account entered its stage */
            readonly journey_stage_since?: string;
            /** @description why the touch model was set by hand; dropped when tier_override is null */
            tier_override_reason?: string | null;
        };
        Account: {
            id: number;
            version: number;
            name: string;
            name_kana: string | null;
            external_id: string | null;
            domain: string | null;
            industry: string | null;
            /** @enum {string|null} */
            employee_band: "1-9" | "10-49" | "50-249" | "250-999" | "1000-4999" | "5000+" | null;
            /** @description ISO 3166-1 alpha-2 */
            country: string | null;
            /** @description ISO 4217 */
            currency: string;
            owner_id: number | null;
            owner_name: string | null;
            /** @enum {string|null} */
            tier_override: "high_touch" | "low_touch" | "tech_touch" | null;
            /**
             * @description the tier in force (today: tier_override)
             * @enum {string|null}
             */
            tier: "high_touch" | "low_touch" | "tech_touch" | null;
            /** @description a journey stage's key (GET /api/v1/journey/stages); new accounts start in the first SMOT stage */
            journey_stage: string;
            /** @enum {string|null} */
            moment_of_truth: "zmot" | "fmot" | "smot" | "tmot" | "churned" | null;
            /** Format: date */
            start_date: string | null;
            /** Format: date */
            renewal_date: string | null;
            custom_attributes: {
                [key: string]: unknown;
            };
            /** @description annual recurring revenue in the currency's minor unit */
            arr_minor: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description when the account entered its stage
             */
            journey_stage_since: string;
            /** @description arr_minor in the reporting currency's minor units (GET /api/v1/settings/revenue), at the rate of this month or the latest before it; null while the account's currency has no rate */
            arr_reporting_minor: number | null;
            /** @description why the touch model was set by hand; dropped when tier_override is null */
            tier_override_reason: string | null;
            /** @description 0-100, to a tenth; null until scored */
            readonly health_score: number | null;
            /**
             * @description the band shown (an override's while one is in force)
             * @enum {string|null}
             */
            readonly health_band: "red" | "yellow" | "green" | null;
            /** @description in the list only: the score at twelve weekly points ending today (null before the first snapshot) */
            readonly health_trend?: (number | null)[];
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is Contact. */
        ContactFields: {
            readonly id?: number;
            readonly version?: number;
            account_id?: number;
            external_id?: string | null;
            name?: string;
            email?: string | null;
            title?: string | null;
            /** @enum {string|null} */
            role?: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
            phone?: string | null;
            language?: string | null;
            marketing_consent?: boolean;
            departed?: boolean;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        Contact: {
            id: number;
            version: number;
            account_id: number;
            external_id: string | null;
            name: string;
            email: string | null;
            title: string | null;
            /** @enum {string|null} */
            role: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
            phone: string | null;
            language: string | null;
            marketing_consent: boolean;
            departed: boolean;
            /**
             * Format: date-time
             * @description When they left the customer: set by the server when departed becomes true, cleared when it becomes false.
             */
            readonly departed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description the same person's contact at the customer they left for this one (set by a move) */
            previous_contact_id: number | null;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is Touchpoint. */
        TouchpointFields: {
            readonly id?: number;
            readonly version?: number;
            account_id?: number;
            contact_id?: number | null;
            /** @enum {string} */
            kind?: "meeting" | "call" | "email" | "chat" | "note" | "webinar" | "onsite";
            /** Format: date-time */
            occurred_at?: string;
            readonly author_id?: number | null;
            readonly author_name?: string | null;
            summary?: string;
            /** @enum {string|null} */
            sentiment?: "positive" | "neutral" | "negative" | null;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        Touchpoint: {
            id: number;
            version: number;
            /** @description the CRM's id of an imported touchpoint; unique */
            external_id: string | null;
            account_id: number;
            contact_id: number | null;
            /** @enum {string} */
            kind: "meeting" | "call" | "email" | "chat" | "note" | "webinar" | "onsite";
            /** Format: date-time */
            occurred_at: string;
            author_id: number | null;
            author_name: string | null;
            summary: string;
            /** @enum {string|null} */
            sentiment: "positive" | "neutral" | "negative" | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is SurveyResponse. */
        SurveyResponseFields: {
            readonly id?: number;
            readonly version?: number;
            readonly account_id?: number;
            contact_id?: number;
            readonly contact_name?: string;
            /** @enum {string} */
            kind?: "nps" | "csat";
            /** @description NPS 0-10, CSAT 1-5 */
            score?: number;
            comment?: string | null;
            /** Format: date-time */
            responded_at?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        SurveyResponse: {
            id: number;
            version: number;
            account_id: number;
            contact_id: number;
            /** @enum {string} */
            kind: "nps" | "csat";
            /** @description NPS 0-10, CSAT 1-5 */
            score: number;
            comment: string | null;
            /** Format: date-time */
            responded_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A survey response as lists and the timeline give it: with its contact's name. */
        SurveyListItem: {
            contact_name: string;
        } & components["schemas"]["SurveyResponse"];
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is Contract. */
        ContractFields: {
            readonly id?: number;
            readonly version?: number;
            account_id?: number;
            external_id?: string | null;
            product?: string;
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string | null;
            /** @description per billing period, in the currency's minor unit */
            amount_minor?: number;
            currency?: string;
            /** @enum {string} */
            billing_period?: "monthly" | "quarterly" | "annual";
            /** @description Licensed seats of a per-seat plan; usage's seat utilisation is MAU / the seats of the contracts active on the day. */
            seats?: number | null;
            readonly mrr_minor?: number;
            /** @enum {string} */
            readonly status?: "upcoming" | "active" | "ended";
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        Contract: {
            id: number;
            version: number;
            account_id: number;
            external_id: string | null;
            product: string;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date: string | null;
            /** @description per billing period, in the currency's minor unit */
            amount_minor: number;
            currency: string;
            /** @enum {string} */
            billing_period: "monthly" | "quarterly" | "annual";
            /** @description Licensed seats of a per-seat plan; usage's seat utilisation is MAU / the seats of the contracts active on the day. */
            seats: number | null;
            mrr_minor: number;
            /** @enum {string} */
            status: "upcoming" | "active" | "ended";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        RevenueMovement: {
            id: number;
            account_id: number;
            contract_id: number;
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "new" | "expansion" | "contraction" | "churn" | "reactivation";
            mrr_delta_minor: number;
            arr_delta_minor: number;
            currency: string;
            /** @description dated after today */
            scheduled: boolean;
        };
        TimelineEntry: {
            /** @enum {string} */
            type: "touchpoint";
            /** Format: date-time */
            occurred_at: string;
            item: components["schemas"]["Touchpoint"];
        } | {
            /** @enum {string} */
            type: "ticket";
            /** Format: date-time */
            occurred_at: string;
            item: components["schemas"]["Ticket"];
        } | {
            /** @enum {string} */
            type: "survey";
            /** Format: date-time */
            occurred_at: string;
            item: components["schemas"]["SurveyListItem"];
        } | {
            /** @enum {string} */
            type: "revenue_movement";
            /** Format: date-time */
            occurred_at: string;
            item: components["schemas"]["RevenueMovement"];
        } | {
            /** @enum {string} */
            type: "health_band_change";
            /** Format: date-time */
            occurred_at: string;
            item: components["schemas"]["HealthBandChange"];
        };
        /** @description A user as their session knows it (/auth/me). */
        User: {
            id: number;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "csm" | "marketer" | "viewer";
            /** @enum {string} */
            language: "ja" | "en";
            disabled: boolean;
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_sign_in_at: string | null;
        };
        /** @description A user as the staff routes (/users) give it. */
        StaffUser: {
            /**
             * Format: date-time
             * @description failed sign-ins delay this email until then (from some address)
             */
            sign_in_blocked_until: string | null;
        } & components["schemas"]["User"];
        NewUser: {
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "csm" | "marketer" | "viewer";
            /** @enum {string} */
            language?: "ja" | "en";
            password: string;
        };
        SignedIn: {
            user: components["schemas"]["User"];
            /** @description send as X-CSRF-Token on writes made with the session cookie */
            csrf_token: string;
            /** @description what the user's role may do; the console offers only these actions (the server checks every request regardless) */
            permissions: ("signed_in" | "read_customers" | "write_customers" | "write_activity" | "write_revenue" | "delete_records" | "import" | "manage_users" | "read_audit" | "manage_sources" | "configure_usage" | "configure_success")[];
        };
        ApiToken: {
            id: number;
            user_id: number;
            name: string;
            prefix: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            /** @description only in the answer to POST: shown once */
            token?: string;
            /** Format: date-time */
            expires_at: string | null;
        };
        AuditEntry: {
            id?: number;
            /** Format: date-time */
            at?: string;
            actor_user_id?: number | null;
            actor?: string;
            action?: string;
            entity?: string;
            entity_id?: number | null;
            before?: Record<string, never> | null;
            after?: Record<string, never> | null;
        };
        ImportReport: {
            /** @enum {string} */
            kind: "accounts" | "contacts" | "contracts" | "touchpoints" | "fx_rates" | "tickets";
            dry_run: boolean;
            /** @enum {string} */
            encoding: "utf-8" | "cp932";
            total_rows: number;
            inserted: number;
            updated: number;
            rejected_count: number;
            rejected: {
                line: number;
                field: string | null;
                /** @description English; the console words the row from reason and params */
                message: string;
                /** @description what is wrong, one of Error.reason's codes (invalid when the message has no listed form) */
                reason: string;
                /** @description the values the message names, e.g. {"max": 200} for too_long */
                params: {
                    [key: string]: string | number;
                };
            }[];
            columns: {
                header: string;
                field: string | null;
                /**
                 * @description why a column without a field is not imported: unknown (no field has this name), derived (Banso computes it: ARR comes from contracts), fallback (another column fills the field), chosen (the user left it out)
                 * @enum {string|null}
                 */
                ignored: "unknown" | "derived" | "fallback" | "chosen" | null;
            }[];
            /** @description present on 422 */
            error?: Record<string, never>;
            /** @description the columns mapped by hand (header → field, "" to leave out) that this import applied */
            mapping: {
                [key: string]: string;
            };
            /** @description the mapping came from an earlier import of the same source */
            mapping_remembered: boolean;
        };
        Health: {
            status?: string;
            /** @enum {string} */
            database?: "sqlite" | "postgresql";
        };
        /** @description A Segment message (identify, group, track, page, screen, alias). Fields Banso reads: type, userId, anonymousId, messageId (<= 100 characters), event (track, <= 200 characters), name (page/screen), groupId (group; or context.groupId), previousId (alias), traits, properties, timestamp / originalTimestamp, sentAt. Others are kept in the event log as sent. At most 32 KB. */
        SegmentMessage: {
            /** @enum {string} */
            type: "identify" | "group" | "track" | "page" | "screen" | "alias";
            userId?: string;
            anonymousId?: string;
            messageId?: string;
            event?: string;
            name?: string;
            groupId?: string;
            previousId?: string;
            traits?: Record<string, never>;
            properties?: Record<string, never>;
            context?: Record<string, never>;
            /** Format: date-time */
            timestamp?: string;
            /** Format: date-time */
            sentAt?: string;
        };
        SegmentResult: {
            success: boolean;
            /** @description Items refused, each with its index in the batch and the reason; the others were stored. */
            rejected?: {
                index?: number;
                field?: string;
                reason?: string;
                message_id?: string | null;
            }[];
        };
        Source: {
            id: number;
            name: string;
            key_prefix: string;
            rate_limit_per_second: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            revoked_at: string | null;
            events_received: number;
            /** Format: date-time */
            last_event_at: string | null;
        };
        /** @description The answer to creating a source: the only time the whole write key is sent. */
        CreatedSource: {
            write_key: string;
        } & components["schemas"]["Source"];
        CatalogEvent: {
            name: string;
            /**
             * @description track events by name; page and screen views by name
             * @enum {string}
             */
            type: "track" | "page" | "screen";
            count: number;
            /** Format: date-time */
            first_seen: string | null;
            /** Format: date-time */
            last_seen: string | null;
            /** @description the feature a track event is mapped to */
            feature: string | null;
        };
        /** @description Events a day over [from, to] (UTC), of one name or all. */
        EventVolume: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            name: string | null;
            days: {
                /** Format: date */
                date: string;
                count: number;
            }[];
        };
        FeatureMapping: {
            data: {
                event_name: string;
                feature: string;
            }[];
        };
        /** @description The data of `event: event` on GET /api/v1/events/stream: one accepted message. */
        StreamEvent: {
            source_id: number;
            /** @enum {string} */
            type: "identify" | "group" | "track" | "page" | "screen" | "alias";
            /** @description a track call's event name */
            event: string | null;
            /** @description a page's or screen's name */
            name: string | null;
            user_id: string | null;
            anonymous_id: string | null;
            /** @description a group call's groupId, or a track / page / screen call's context.groupId */
            group_id: string | null;
            /** @description an alias call's previousId */
            previous_id: string | null;
            /** Format: date-time */
            timestamp: string;
            /** Format: date-time */
            received_at: string;
            message_id: string;
            /** @description when the message had them */
            properties?: {
                [key: string]: unknown;
            };
            /** @description identify and group calls' traits, when sent */
            traits?: {
                [key: string]: unknown;
            };
        };
        /** @description The data of `event: rejected` on GET /api/v1/events/stream: an item of a batch that was refused. */
        StreamRejection: {
            source_id: number;
            index: number;
            field: string;
            reason: string;
            message_id: string | null;
        };
        /** @description Usage of one account over [from, to] (UTC days): per-day DAU, WAU (7 days ending that day), MAU (30 days), events; averages, stickiness (DAU average / MAU), seat utilisation (MAU / licensed seats), 4-week trend (weekly actives now vs four weeks earlier), top events and features (users = everyone who ever used it), and the account's people with their last activity. */
        AccountUsage: {
            account_id: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            licensed_seats: number | null;
            days: {
                /** Format: date */
                date: string;
                dau: number;
                wau: number;
                mau: number;
                events: number;
            }[];
            dau_average: number;
            wau: number;
            mau: number;
            stickiness: number;
            seat_utilisation: number | null;
            /** @description null until there were weekly actives four weeks earlier */
            trend_4w: {
                current_weekly_active: number;
                previous_weekly_active: number;
                change: number;
            } | null;
            top_features: {
                feature: string;
                events: number;
                users: number;
            }[];
            top_events: {
                name: string;
                /** @enum {string} */
                type: "track" | "page" | "screen";
                count: number;
            }[];
            /** @description at most 200, most recently seen first */
            users: {
                user_id: string | null;
                contact_id: number | null;
                name: string | null;
                email: string | null;
                /** Format: date-time */
                last_seen: string | null;
                /** @description days in [from, to] on which the person was active */
                active_days: number;
            }[];
        };
        Kpi: {
            /** @description given by the server on save (k1, k2...) */
            id: string;
            name: string;
            unit: string;
            baseline: number;
            /** @description must differ from the baseline */
            target: number;
            /** @description entered by hand; for a KPI bound to a usage measure it is computed from the event rollups on every read (today's figures; seat_utilisation in percent) and not stored — except feature_weekly_users, which the rollups do not give yet and stays entered by hand */
            current: number | null;
            /** Format: date */
            due_on: string | null;
            /** @description bind the KPI to a usage measure of the event rollups */
            usage: {
                /** @enum {string} */
                measure: "dau" | "wau" | "mau" | "seat_utilisation" | "feature_weekly_users" | "events_per_week";
                feature: string;
            } | null;
            /** @description 0-1, computed by the server */
            progress: number;
        };
        Milestone: {
            /** @description given by the server on save (m1, m2...) */
            id: string;
            title: string;
            /** Format: date */
            due_on: string | null;
            /** Format: date */
            achieved_on: string | null;
        };
        Objective: {
            /** @description given by the server on save (o1, o2...) */
            id: string;
            title: string;
            /** @enum {string} */
            type: "cx" | "co";
            /**
             * @description CX: functional / emotional; CO: adoption / problem_solved / lasting_results
             * @enum {string|null}
             */
            kind: "functional" | "emotional" | "adoption" | "problem_solved" | "lasting_results" | null;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "achieved" | "abandoned";
            /** Format: date */
            due_on: string | null;
            owner_user_id: number | null;
            owner_contact_id: number | null;
            evidence: string;
            kpis: components["schemas"]["Kpi"][];
            milestones: components["schemas"]["Milestone"][];
            /** @description 0-1, computed by the server */
            progress: number;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is SuccessPlan. */
        SuccessPlanFields: {
            readonly id?: number;
            readonly version?: number;
            account_id?: number;
            title?: string;
            /** @description the customer's definition of success, in their words */
            definition?: string;
            /** @enum {string} */
            status?: "not_started" | "on_track" | "at_risk" | "achieved" | "abandoned";
            /** Format: date */
            starts_on?: string;
            /** Format: date */
            ends_on?: string | null;
            template_key?: string | null;
            csm_user_id?: number | null;
            customer_contact_id?: number | null;
            objectives?: {
                id?: string;
                title: string;
                /** @enum {string} */
                type: "cx" | "co";
                /**
                 * @description CX: functional / emotional; CO: adoption / problem_solved / lasting_results
                 * @enum {string|null}
                 */
                kind?: "functional" | "emotional" | "adoption" | "problem_solved" | "lasting_results" | null;
                /** @enum {string} */
                status?: "not_started" | "on_track" | "at_risk" | "achieved" | "abandoned";
                /** Format: date */
                due_on?: string | null;
                owner_user_id?: number | null;
                owner_contact_id?: number | null;
                evidence?: string;
                kpis?: {
                    id?: string;
                    name: string;
                    unit?: string;
                    baseline: number;
                    /** @description must differ from the baseline */
                    target: number;
                    /** @description entered by hand; for a KPI bound to a usage measure it is computed from the event rollups on every read (today's figures; seat_utilisation in percent) and not stored — except feature_weekly_users, which the rollups do not give yet and stays entered by hand */
                    current?: number | null;
                    /** Format: date */
                    due_on?: string | null;
                    /** @description bind the KPI to a usage measure of the event rollups */
                    usage?: {
                        /** @enum {string} */
                        measure?: "dau" | "wau" | "mau" | "seat_utilisation" | "feature_weekly_users" | "events_per_week";
                        feature?: string;
                    } | null;
                    readonly progress?: number;
                }[];
                milestones?: {
                    id?: string;
                    title: string;
                    /** Format: date */
                    due_on?: string | null;
                    /** Format: date */
                    achieved_on?: string | null;
                }[];
                readonly progress?: number;
            }[];
            readonly progress?: number;
            readonly created_at?: string;
            readonly updated_at?: string;
        };
        SuccessPlan: {
            id: number;
            version: number;
            account_id: number;
            title: string;
            /** @description the customer's definition of success, in their words */
            definition: string;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "achieved" | "abandoned";
            /** Format: date */
            starts_on: string;
            /** Format: date */
            ends_on: string | null;
            template_key: string | null;
            csm_user_id: number | null;
            customer_contact_id: number | null;
            objectives: components["schemas"]["Objective"][];
            /** @description 0-1, computed by the server */
            progress: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PlanHistoryEntry: {
            /** @description the version this save made */
            version: number;
            /** Format: date-time */
            changed_at: string;
            /** @description who saved it: the user's email, or a token's name */
            actor: string;
            user_id: number | null;
            changes: {
                /** @description definition, objectives[o1].milestones[m3].achieved_on... (items named by their ids) */
                path: string;
                /** @description the value before (null: absent) */
                from: unknown;
                /** @description the value after (null: absent) */
                to: unknown;
            }[];
        };
        /** @description An objective of a template, as in a plan but with due_in_days (days from the plan's start) instead of due_on, on the objective, its KPIs and its milestones. */
        TemplateObjective: {
            title: string;
            /** @enum {string} */
            type: "cx" | "co";
            /** @enum {string|null} */
            kind?: "functional" | "emotional" | "adoption" | "problem_solved" | "lasting_results" | null;
            due_in_days?: number | null;
            kpis?: {
                name: string;
                unit?: string;
                baseline: number;
                target: number;
                due_in_days?: number | null;
                usage?: {
                    /** @enum {string} */
                    measure: "dau" | "wau" | "mau" | "seat_utilisation" | "feature_weekly_users" | "events_per_week";
                    feature: string;
                } | null;
            }[];
            milestones?: {
                title: string;
                due_in_days?: number | null;
            }[];
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is SuccessPlanTemplate. */
        SuccessPlanTemplateFields: {
            key: string;
            readonly version?: number;
            name: string;
            segment?: string;
            description?: string;
            duration_days?: number;
            /** @description objectives as in a plan, with due_in_days (days from the plan's start) instead of due_on, on objectives, KPIs and milestones */
            objectives: Record<string, never>[];
            readonly created_at?: string;
            readonly updated_at?: string;
        };
        SuccessPlanTemplate: {
            key: string;
            version: number;
            name: string;
            segment: string;
            description: string;
            duration_days: number;
            objectives: components["schemas"]["TemplateObjective"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is SelfSufficiencyCriterion. */
        SelfSufficiencyCriterionFields: {
            readonly id?: number;
            readonly version?: number;
            /** @enum {string} */
            level: "guided" | "self_running" | "advocate";
            text: string;
            position?: number;
        };
        SelfSufficiencyCriterion: {
            id: number;
            version: number;
            /** @enum {string} */
            level: "guided" | "self_running" | "advocate";
            text: string;
            position: number;
        };
        SelfSufficiencyAssessment: {
            id: number;
            account_id: number;
            /** @enum {string} */
            level: "dependent" | "guided" | "self_running" | "advocate";
            met: number[];
            note: string;
            /** Format: date-time */
            assessed_at: string;
            assessed_by: number | null;
        };
        /** @description The account's level (the latest assessment's, else dependent), the criteria and the assessments. */
        SelfSufficiency: {
            /** @enum {string} */
            level: "dependent" | "guided" | "self_running" | "advocate";
            /** Format: date-time */
            assessed_at: string | null;
            criteria: components["schemas"]["SelfSufficiencyCriterion"][];
            /** @description newest first */
            history: components["schemas"]["SelfSufficiencyAssessment"][];
        };
        RelationshipMap: {
            account_id: number;
            breadth: number;
            engagement_days: number;
            warnings: ("single_threaded" | "champion_departed" | "no_active_champion")[];
            departed_champions: string[];
            contacts: {
                id: number;
                name: string;
                title: string | null;
                /** @enum {string|null} */
                role: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
                departed: boolean;
                /** Format: date-time */
                last_touch_at: string | null;
                touches_90d: number;
                last_nps: number | null;
                /** @enum {string|null} */
                sentiment: "positive" | "neutral" | "negative" | null;
                engaged: boolean;
                /** @description where this person worked before (their contact there) */
                came_from: {
                    contact_id: number;
                    account_id: number;
                    account_name: string;
                    /** @enum {string|null} */
                    role: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
                } | null;
                /** @description the customer this person left for */
                moved_to: {
                    contact_id: number;
                    account_id: number;
                    account_name: string;
                    /** @enum {string|null} */
                    role: "champion" | "decision_maker" | "user" | "executive_sponsor" | null;
                } | null;
            }[];
            /** @description good news about the relationship: a person who championed Banso at another customer now works here */
            highlights: "former_champion_joined"[];
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is JourneyStage. */
        JourneyStageFields: {
            readonly id?: number;
            readonly version?: number;
            /** @description a-z, 0-9 and _; cannot change */
            key: string;
            /** @enum {string} */
            moment: "zmot" | "fmot" | "smot" | "tmot" | "churned";
            position?: number;
            name_ja: string;
            name_en: string;
        };
        JourneyStage: {
            id: number;
            version: number;
            /** @description a-z, 0-9 and _; cannot change */
            key: string;
            /** @enum {string} */
            moment: "zmot" | "fmot" | "smot" | "tmot" | "churned";
            position: number;
            name_ja: string;
            name_en: string;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is JourneyRule. */
        JourneyRuleFields: {
            readonly id?: number;
            readonly version?: number;
            key: string;
            name: string;
            /** @description empty: any stage but to_stage */
            from_stages?: string[];
            to_stage: string;
            conditions: {
                /** @description one of the rules' fields */
                field: string;
                /** @enum {string} */
                op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
                value: number;
            }[];
            enabled?: boolean;
            position?: number;
        };
        JourneyRule: {
            id: number;
            version: number;
            key: string;
            name: string;
            /** @description empty: any stage but to_stage */
            from_stages: string[];
            to_stage: string;
            conditions: {
                /** @description one of the rules' fields */
                field: string;
                /** @enum {string} */
                op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
                value: number;
            }[];
            enabled: boolean;
            position: number;
        };
        /** @description An account fact that a journey rule or an ICP criterion can test. */
        FieldInfo: {
            key: string;
            description: string;
            /** @description ICP fields only: compared with gte / lte rather than listed */
            numeric?: boolean;
        };
        JourneyRules: {
            data: components["schemas"]["JourneyRule"][];
            fields: components["schemas"]["FieldInfo"][];
        };
        RuleRunResult: {
            evaluated: number;
            moved: number;
            /** @description at most 200 */
            moves: {
                account_id: number;
                account_name: string;
                from: string;
                to: string;
                /** @description the rule's key */
                rule: string;
            }[];
        };
        JourneyTransition: {
            id: number;
            account_id: number;
            from: string | null;
            to: string;
            /** Format: date-time */
            at: string;
            by_user: number | null;
            by_name: string | null;
            by_label: string;
            rule: string | null;
            note: string;
        };
        AccountJourney: {
            stage: string;
            /** @enum {string|null} */
            moment: "zmot" | "fmot" | "smot" | "tmot" | "churned" | null;
            /** Format: date-time */
            since: string;
            days_in_stage: number;
            /** @description the account's version, to send with a move */
            version: number;
            /** @description newest first */
            transitions: components["schemas"]["JourneyTransition"][];
            facts: {
                [key: string]: number | null;
            };
            /** @description the enabled rules that could move the account from its stage, each explained */
            rules: {
                key: string;
                name: string;
                to_stage: string;
                ready: boolean;
                conditions: {
                    field: string;
                    /** @enum {string} */
                    op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
                    value: number;
                    actual: number | null;
                    holds: boolean;
                }[];
            }[];
        };
        JourneyMoveResult: {
            /** @description the account after the move (the server leaves out owner_name and moment_of_truth here) */
            account: components["schemas"]["Account"];
            transition: components["schemas"]["JourneyTransition"];
        };
        JourneyBoard: {
            stages: {
                key: string;
                /** @enum {string} */
                moment: "zmot" | "fmot" | "smot" | "tmot" | "churned";
                name_ja: string;
                name_en: string;
                /** @description every account in the stage; accounts holds at most per_stage of them, longest in the stage first */
                count: number;
                accounts: {
                    id: number;
                    name: string;
                    /** @enum {string|null} */
                    tier: "high_touch" | "low_touch" | "tech_touch" | null;
                    owner_id: number | null;
                    owner_name: string | null;
                    arr_minor: number;
                    currency: string;
                    /** Format: date-time */
                    since: string;
                    days_in_stage: number;
                    /** @description in the reporting currency; null while no rate */
                    arr_reporting_minor: number | null;
                }[];
            }[];
        };
        JourneyFunnel: {
            accounts: number;
            /** @enum {string|null} */
            tier: "high_touch" | "low_touch" | "tech_touch" | null;
            cohort: string | null;
            stages: {
                key: string;
                /** @enum {string} */
                moment: "zmot" | "fmot" | "smot" | "tmot" | "churned";
                name_ja: string;
                name_en: string;
                /** @description accounts that ever reached the stage */
                reached: number;
                /** @description accounts in it now */
                current: number;
                /** @description 0-1: reached over the stage before's; null for the first stage and churned */
                conversion: number | null;
                median_days_to_next: number | null;
                churned_from: number;
            }[];
            moments: {
                /** @enum {string} */
                moment: "zmot" | "fmot" | "smot" | "tmot" | "churned";
                reached: number;
                conversion: number | null;
                median_days_to_next: number | null;
            }[];
            /** @description the months accounts entered the journey (2024-01), for the cohort filter */
            cohorts: string[];
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is IcpCriterion. */
        IcpCriterionFields: {
            readonly id?: number;
            readonly version?: number;
            label: string;
            /** @description industry, employee_band, country, arr_minor, contacts or custom.<attribute> */
            field: string;
            /** @enum {string} */
            op: "in" | "gte" | "lte";
            values?: string[];
            value?: number | null;
            weight: number;
            position?: number;
        };
        IcpCriterion: {
            id: number;
            version: number;
            label: string;
            /** @description industry, employee_band, country, arr_minor, contacts or custom.<attribute> */
            field: string;
            /** @enum {string} */
            op: "in" | "gte" | "lte";
            values: string[];
            value: number | null;
            weight: number;
            position: number;
        };
        Icp: {
            criteria: components["schemas"]["IcpCriterion"][];
            fields: components["schemas"]["FieldInfo"][];
        };
        Fit: {
            /** @description 0-100: the met criteria's share of the weights; null without criteria */
            score: number | null;
            criteria: {
                id: number;
                label: string;
                weight: number;
                met: boolean;
                /** @description the account's value (null: not known) */
                actual: (string | null) | (number | null);
                /** @description the account field the criterion tests (arr_minor: ARR in the reporting currency) */
                field: string;
            }[];
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is SalesHandoff. */
        SalesHandoffFields: {
            readonly id?: number;
            readonly version?: number;
            readonly account_id?: number;
            readonly account_name?: string;
            why_bought: string;
            expected_outcomes?: string[];
            stakeholders?: {
                contact_id?: number | null;
                name?: string;
                /** @enum {string} */
                role?: "champion" | "decision_maker" | "executive_sponsor" | "user" | "other";
                note?: string;
            }[];
            sales_owner?: string;
            readonly handed_off_at?: string;
            readonly handed_off_by?: number | null;
            readonly handed_off_by_name?: string | null;
            readonly fit_score?: number | null;
            /** @description each criterion at hand-off: id, label, weight, met */
            readonly fit?: Record<string, never>[];
            readonly plan_id?: number | null;
        };
        Stakeholder: {
            contact_id: number | null;
            name: string;
            /** @enum {string} */
            role: "champion" | "decision_maker" | "executive_sponsor" | "user" | "other";
            note: string;
        };
        SalesHandoff: {
            id: number;
            version: number;
            account_id: number;
            account_name: string;
            why_bought: string;
            expected_outcomes: string[];
            stakeholders: components["schemas"]["Stakeholder"][];
            sales_owner: string;
            /** Format: date-time */
            handed_off_at: string;
            handed_off_by: number | null;
            handed_off_by_name: string | null;
            fit_score: number | null;
            /** @description each criterion as it was at the hand-off */
            fit: {
                id: number;
                label: string;
                weight: number;
                met: boolean;
            }[];
            plan_id: number | null;
        };
        HandoffCreated: {
            handoff: components["schemas"]["SalesHandoff"];
            /** @description the plan seeded, when seed_plan was sent */
            plan: components["schemas"]["SuccessPlan"] | null;
        };
        RevenueSettings: {
            version: number;
            /** @description ISO 4217; lists sort and criteria compare ARR in it */
            reporting_currency: string;
            /** @description days after a contract's end before an unrenewed contract counts as churned */
            churn_grace_days: number;
            /** Format: date-time */
            updated_at: string;
        };
        RevenueSettingsFields: {
            reporting_currency?: string;
            churn_grace_days?: number;
        };
        FxRateFields: {
            /** @description YYYY-MM */
            month?: string;
            /** @description ISO 4217; not the reporting currency */
            currency?: string;
            /** @description units of the reporting currency for one unit of currency, as a decimal (a JSON number is accepted too) */
            rate?: string;
        };
        FxRate: {
            id: number;
            version: number;
            month: string;
            currency: string;
            /** @description the reporting currency the rate converts into */
            quote: string;
            rate: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        FxRates: {
            reporting_currency: string;
            /** @description newest month first */
            data: components["schemas"]["FxRate"][];
            /** @description currencies of accounts without a rate this month or before */
            missing: {
                currency: string;
                accounts: number;
            }[];
        };
        RenewalDue: {
            contract: components["schemas"]["Contract"];
            account: {
                id: number;
                name: string;
                owner_id: number | null;
                owner_name: string | null;
                currency: string;
                arr_minor: number;
                arr_reporting_minor: number | null;
            };
            /**
             * @description due: the contract has not ended; overdue: it ended, within the churn grace days, with no renewal yet
             * @enum {string}
             */
            status: "due" | "overdue";
            /** @description days until the contract's end date; negative once it has passed */
            days_until: number;
        };
        Renewals: {
            /** @description soonest end first */
            data: components["schemas"]["RenewalDue"][];
            reporting_currency: string;
            churn_grace_days: number;
        };
        ImportFields: {
            /** @enum {string} */
            kind: "accounts" | "contacts" | "contracts" | "touchpoints" | "fx_rates" | "tickets";
            fields: {
                /** @description the canonical field, also the sample file's header */
                name: string;
                /** @description other headers (Salesforce, HubSpot, Japanese and English words) that fill this field on their own */
                headers: string[];
                /** @description a value for the sample file */
                example: string;
            }[];
            /** @description each entry needs a column for one of its fields */
            required: string[][];
            /** @description whether columns may fill custom attributes (custom.<key>) */
            custom_attributes: boolean;
        };
        /** @description A support ticket: from the API or a helpdesk's export (Zendesk, Freshdesk). */
        Ticket: {
            id: number;
            version: number;
            /** @description the helpdesk's ticket id; unique */
            external_id: string | null;
            account_id: number;
            /** @description who asked */
            contact_id: number | null;
            subject: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /**
             * @description Zendesk's statuses; solved and closed need solved_at
             * @enum {string}
             */
            status: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** Format: date-time */
            opened_at: string;
            /**
             * Format: date-time
             * @description not before opened_at; a reopened ticket may keep it
             */
            solved_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description What a client sends (POST needs account_id, subject and opened_at; PATCH sends any of them with the version read); the answer is Ticket. priority defaults to normal, status to new. */
        TicketFields: {
            readonly id?: number;
            readonly version?: number;
            /** @description the helpdesk's ticket id; unique */
            external_id?: string | null;
            account_id?: number;
            /** @description who asked */
            contact_id?: number | null;
            subject?: string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /**
             * @description Zendesk's statuses; solved and closed need solved_at
             * @enum {string}
             */
            status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
            /** Format: date-time */
            opened_at?: string;
            /**
             * Format: date-time
             * @description not before opened_at; a reopened ticket may keep it
             */
            solved_at?: string | null;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        /** @description A rate into the reporting currency that the figures need and that is missing: the currency's amounts are left out (never taken at 1.0) and the figures are marked incomplete. */
        MissingRate: {
            currency: string;
            month: string;
        };
        /** @description The starting cohort (accounts with MRR > 0 at the period's start), each counting its net change over the period. */
        RetentionCohort: {
            start_mrr: number;
            end_mrr: number;
            retained_mrr: number;
            expansion_mrr: number;
            contraction_mrr: number;
            churn_mrr: number;
            logos: number;
            logos_retained: number;
        };
        /** @description A period's MRR bridge and its starting cohort's retention, in the reporting currency's minor units at the rates of the period's first month. */
        RetentionPeriod: {
            opening_mrr: number;
            opening_arr: number;
            new_mrr: number;
            expansion_mrr: number;
            contraction_mrr: number;
            churn_mrr: number;
            reactivation_mrr: number;
            closing_mrr: number;
            closing_arr: number;
            logos_start: number;
            logos_new: number;
            logos_reactivated: number;
            logos_churned: number;
            logos_end: number;
            /** @description 2025-03, 2025-Q1, or the last month of a trailing twelve months */
            period: string;
            first_month: string;
            last_month: string;
            /** @description every month of it is closed: its rates are frozen */
            closed: boolean;
            /** @description it reaches into the current month */
            partial: boolean;
            complete: boolean;
            missing_rates: components["schemas"]["MissingRate"][];
            cohort: components["schemas"]["RetentionCohort"];
            nrr: number | null;
            grr: number | null;
            logo_retention: number | null;
        };
        RetentionReport: {
            /** @enum {string} */
            period: "month" | "quarter" | "ttm";
            from: string;
            to: string;
            tier: string | null;
            reporting_currency: string;
            /** @description text keys naming each figure's definition, for the console to word */
            definition: {
                [key: string]: string;
            };
            complete: boolean;
            missing_rates: components["schemas"]["MissingRate"][];
            data: components["schemas"]["RetentionPeriod"][];
        };
        CohortRow: {
            cohort: string;
            accounts: number;
            start_mrr: number;
            /** @description MRR at the end of the cohort's k-th period */
            mrr: number[];
            /** @description accounts with MRR > 0 at the end of the k-th period */
            logos: number[];
            /** @description per the measure: mrr[k] / mrr[0], or logos[k] / accounts */
            retention: (number | null)[];
        };
        CohortReport: {
            /** @enum {string} */
            by: "month" | "quarter";
            /** @enum {string} */
            measure: "revenue" | "logos";
            tier: string | null;
            reporting_currency: string;
            /** @description text keys naming each figure's definition, for the console to word */
            definition: {
                [key: string]: string;
            };
            complete: boolean;
            missing_rates: components["schemas"]["MissingRate"][];
            data: components["schemas"]["CohortRow"][];
        };
        Restatement: {
            id: number;
            month: string;
            metric: string;
            old_value: number | null;
            new_value: number | null;
            /** @description the reporting currency of amounts */
            currency: string;
            actor_id: number | null;
            actor: string;
            /** Format: date-time */
            at: string;
        };
        HealthContribution: {
            /** @enum {string} */
            measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
            raw: number | null;
            /** @description 0-100; null when left out */
            normalised: number | null;
            weight: number;
            /** @description normalised × weight / the weights counted; the points sum to the score */
            points: number;
            /**
             * @description the rule applied when raw is missing
             * @enum {string|null}
             */
            missing: "leave_out" | "neutral" | "worst" | null;
            /** @enum {string} */
            unit: "percent" | "days" | "count" | "score" | "points" | "flag" | "level" | "ratio";
            /** @enum {string} */
            source: "usage" | "touchpoints" | "surveys" | "tickets" | "relationships" | "success_plans" | "self_sufficiency" | "journey" | "contracts";
        };
        HealthOverride: {
            id: number;
            account_id: number;
            /** @enum {string} */
            band: "red" | "yellow" | "green";
            reason: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: date-time */
            created_at: string;
            created_by: string;
            /** Format: date-time */
            ended_at: string | null;
            active: boolean;
        };
        AccountHealth: {
            account_id: number;
            /** @description 0-100; null when no measure could be scored */
            score: number | null;
            /**
             * @description the band shown: the override's while one is in force
             * @enum {string|null}
             */
            band: "red" | "yellow" | "green" | null;
            /** @enum {string|null} */
            computed_band: "red" | "yellow" | "green" | null;
            override: components["schemas"]["HealthOverride"] | null;
            scorecard: {
                id: number;
                name: string;
                version: number;
            };
            /** Format: date-time */
            computed_at: string;
            contributions: components["schemas"]["HealthContribution"][];
        };
        HealthBandChange: {
            id: number;
            account_id: number;
            /** @enum {string|null} */
            from: "red" | "yellow" | "green" | null;
            /** @enum {string|null} */
            to: "red" | "yellow" | "green" | null;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            cause: "score" | "override" | "override_ended";
            score: number | null;
            /** @description the measures whose points moved most */
            moved_by: {
                /** @enum {string} */
                measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
                points_before: number;
                points: number;
                raw: number | null;
            }[];
        };
        HealthHistory: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            days: {
                /** Format: date */
                day: string;
                score: number | null;
                /** @enum {string|null} */
                band: "red" | "yellow" | "green" | null;
            }[];
            band_changes: components["schemas"]["HealthBandChange"][];
        };
        HealthDiff: {
            from: {
                /** Format: date */
                day: string;
                score: number | null;
                /** @enum {string|null} */
                band: "red" | "yellow" | "green" | null;
            };
            to: {
                /** Format: date */
                day: string;
                score: number | null;
                /** @enum {string|null} */
                band: "red" | "yellow" | "green" | null;
            };
            scorecard: {
                id: number;
                version: number;
            };
            measures: {
                /** @enum {string} */
                measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
                /** @enum {string} */
                unit: "percent" | "days" | "count" | "score" | "points" | "flag" | "level" | "ratio";
                raw_from: number | null;
                raw_to: number | null;
                points_from: number;
                points_to: number;
                change: number;
            }[];
        };
        ScorecardMeasure: {
            /** @enum {string} */
            measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
            /** @enum {string} */
            readonly unit?: "percent" | "days" | "count" | "score" | "points" | "flag" | "level" | "ratio";
            /** @enum {string} */
            readonly source?: "usage" | "touchpoints" | "surveys" | "tickets" | "relationships" | "success_plans" | "self_sufficiency" | "journey" | "contracts";
            /** @description greater than 0, at most 1000 */
            weight?: number;
            /** @enum {string} */
            normalisation?: "thresholds" | "percentile";
            /** @description points of a piecewise-linear map from raw value to 0-100, in ascending order of at */
            thresholds?: {
                at: number;
                score: number;
            }[];
            /** @enum {string} */
            missing?: "leave_out" | "neutral" | "worst";
        };
        ScorecardDefinition: {
            measures: components["schemas"]["ScorecardMeasure"][];
            /** @description red, yellow and green in that order, from 0 to 100 with no gap or overlap */
            bands?: {
                /** @enum {string} */
                band: "red" | "yellow" | "green";
                from: number;
                to: number;
            }[];
        };
        Scorecard: {
            id: number;
            version: number;
            name: string;
            /**
             * @description the tier it scores; null with no segment: every account no other scorecard scores
             * @enum {string|null}
             */
            tier: "high_touch" | "low_touch" | "tech_touch" | null;
            published: {
                number: number;
                definition: components["schemas"]["ScorecardDefinition"];
                /** Format: date-time */
                created_at: string;
                created_by: string;
                /** Format: date-time */
                published_at: string | null;
                published_by: string | null;
            } | null;
            draft: {
                number: number;
                definition: components["schemas"]["ScorecardDefinition"];
                /** Format: date-time */
                created_at: string;
                created_by: string;
                /** Format: date-time */
                published_at: string | null;
                published_by: string | null;
            } | null;
            versions: {
                number: number;
                /** Format: date-time */
                created_at: string;
                created_by: string;
                /** Format: date-time */
                published_at: string | null;
            }[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description the segment whose members it scores, before any tier's scorecard; null for a tier's or the default */
            segment_id: number | null;
        };
        HealthBacktest: {
            dates: string[];
            /** @description account-dates scored */
            rows: number;
            churned: number;
            unscored: number;
            /** @description ROC AUC of the score (lower: riskier) for churning within horizon_days */
            auc: number | null;
            renewals_due: number;
            /** @description the same over the accounts with a renewal due in the horizon: churners against renewers */
            renewal_auc: number | null;
            horizon_days: number;
            bands: {
                /** @enum {string} */
                band: "red" | "yellow" | "green";
                accounts: number;
                churned?: number;
                churn_rate?: number | null;
            }[];
            measures: {
                /** @enum {string} */
                measure: "seat_utilisation" | "active_user_trend" | "feature_breadth" | "days_since_meaningful_touch" | "nps_latest" | "nps_change" | "csat" | "open_tickets" | "urgent_tickets" | "ticket_median_age" | "relationship_breadth" | "single_threaded" | "champion_departed" | "plan_progress" | "self_sufficiency" | "stage_time_ratio" | "days_to_renewal" | "contraction_12m";
                rows: number;
                auc: number | null;
            }[];
        };
        HealthDistribution: {
            /** @description accounts per ten points of score, 0-9 to 90-100 */
            histogram: number[];
            bands: {
                /** @enum {string} */
                band: "red" | "yellow" | "green";
                accounts: number;
                churned?: number;
                churn_rate?: number | null;
            }[];
            unscored: number;
        };
        TouchModel: {
            version: number;
            /** @description in order: the first that holds decides; none: tech touch */
            rules: {
                /** @enum {string} */
                tier: "high_touch" | "low_touch";
                /** @description ARR in the reporting currency's minor units at least this */
                min_arr_minor?: number | null;
                /** @description any of these (empty: any) */
                employee_bands?: string[];
                /** @description any of these (empty: any) */
                industries?: string[];
                attribute?: {
                    key: string;
                    value: string;
                } | null;
            }[];
            /** @description accounts one CSM can serve, per tier */
            capacity: {
                high_touch?: number;
                low_touch?: number;
                tech_touch?: number;
            };
            /** Format: date-time */
            updated_at: string;
        };
        TouchPyramid: {
            reporting_currency: string;
            /** Format: date */
            quarter_start: string;
            tiers: {
                /** @enum {string} */
                tier: "high_touch" | "low_touch" | "tech_touch";
                accounts: number;
                arr_reporting_minor: number;
                arr_share: number | null;
                health: {
                    red: number;
                    yellow: number;
                    green: number;
                    none: number;
                };
                csms: number;
                unowned_accounts: number;
                accounts_per_csm: number | null;
                capacity_per_csm: number;
            }[];
            /** @description moves between tiers since the quarter started */
            moves: {
                /** @enum {string} */
                from: "high_touch" | "low_touch" | "tech_touch";
                /** @enum {string} */
                to: "high_touch" | "low_touch" | "tech_touch";
                accounts: number;
            }[];
        };
        /** @description Which accounts, with the account list's query names; every member narrows the set. */
        AccountFilter: {
            q?: string;
            owner_id?: number;
            journey_stage?: string[];
            /** @enum {string} */
            tier?: "high_touch" | "low_touch" | "tech_touch";
            /** @enum {string} */
            health_band?: "red" | "yellow" | "green";
            industry?: string;
            country?: string;
            renewal_within_days?: number;
            arr_reporting_min?: number;
            arr_reporting_max?: number;
        };
        /** @description What a client sends (POST; PATCH sends any of them with the version read); the answer is Segment. */
        SegmentFields: {
            /** @description unique */
            name: string;
            description?: string | null;
            filter: components["schemas"]["AccountFilter"];
        };
        /** @description A saved account filter: the account list, the dashboard, the revenue answers and scorecards take it by id. */
        Segment: {
            id: number;
            version: number;
            name: string;
            description: string | null;
            filter: components["schemas"]["AccountFilter"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description how many accounts it holds now */
            accounts: number;
        };
        /** @description Lifetime value by the shifted-beta-geometric model (Fader & Hardie 2007) fitted to the Kaplan-Meier survival of the accounts by years of tenure. model, ltv, residual_value and expected_lifetime_years are null when fewer than three yearly points have at least ten accounts at risk. */
        Lifetime: {
            tier: string | null;
            reporting_currency: string;
            /** @description a year, 0.10 for 10% */
            discount: number;
            /** @description the share still a customer after 0, 1, 2… years */
            survival: number[];
            at_risk: number[];
            model: {
                alpha: number;
                beta: number;
            } | null;
            /** @description discounted expected lifetime of a new customer, in yearly payments */
            expected_lifetime_years: number | null;
            customers: number;
            /** @description today's customers' ARR, reporting currency minor units */
            arr: number;
            /** @description average ARR × discounted expected lifetime */
            ltv: number | null;
            /** @description Σ ARR × discounted expected residual lifetime at each account's tenure */
            residual_value: number | null;
            /** @description i18n keys */
            definition: {
                [key: string]: string;
            };
            complete: boolean;
            missing_rates: components["schemas"]["MissingRate"][];
        };
        /** @description The portfolio page, the goal first: retention, ARR at risk, lifetime value and customers' outcomes, then health, then activity as context. */
        Dashboard: {
            /** Format: date */
            as_of: string;
            scope: {
                tier: string | null;
                owner_id: number | null;
                segment_id: number | null;
            };
            reporting_currency: string;
            accounts: number;
            /** @description accounts with ARR */
            customers: number;
            arr: number;
            /** @description customers left out of the ARR for want of an FX rate */
            arr_missing_rate: number;
            arr_at_risk: {
                /** @description ARR of customers in the red band */
                arr: number;
                accounts: number;
                /** @description 0–1; null when there is nothing to divide by */
                share: number | null;
            };
            retention: {
                first_month: string;
                last_month: string;
                nrr: number | null;
                grr: number | null;
                logo_retention: number | null;
                start_arr: number;
                /** @description the trailing twelve months ending with each of the last twelve complete months */
                trend: {
                    month: string;
                    nrr: number | null;
                    grr: number | null;
                    logo_retention: number | null;
                }[];
                definition: {
                    [key: string]: string;
                };
                complete: boolean;
                missing_rates: components["schemas"]["MissingRate"][];
            };
            lifetime: {
                ltv: number | null;
                residual_value: number | null;
                expected_lifetime_years: number | null;
                discount: number;
                model: {
                    alpha: number;
                    beta: number;
                } | null;
                complete: boolean;
                missing_rates: components["schemas"]["MissingRate"][];
            };
            outcomes: {
                success_plans: {
                    customers: number;
                    with_plan: number;
                    /** @description customers whose every open objective is on track or achieved */
                    achieving: number;
                    /** @description 0–1; null when there is nothing to divide by */
                    share_achieving: number | null;
                    /** @description 0–1; null when there is nothing to divide by */
                    share_with_plan: number | null;
                    objectives: number;
                    objectives_on_track: number;
                };
                self_sufficiency: {
                    levels: {
                        /** @enum {string} */
                        level: "dependent" | "guided" | "self_running" | "advocate";
                        accounts: number;
                        /** @description 0–1; null when there is nothing to divide by */
                        share: number | null;
                    }[];
                    not_assessed: number;
                    /** @description 0–1; null when there is nothing to divide by */
                    share_not_assessed: number | null;
                };
            };
            health: {
                bands: {
                    /** @enum {string|null} */
                    band: "green" | "yellow" | "red" | null;
                    accounts: number;
                    arr: number;
                    /** @description 0–1; null when there is nothing to divide by */
                    share: number | null;
                }[];
                /** @description customers by score in buckets of ten points (0–9, …, 90–100) */
                histogram: number[];
            };
            activity: {
                days: number;
                /** @description by kind */
                touchpoints: {
                    [key: string]: number;
                };
                tickets_opened: number;
                survey_responses: number;
            };
        };
    };
    responses: {
        /** @description an error; see error.code and error.field */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
