/// The OpenAPI 3 description of `/api/v1`, served at `/openapi.json`. Kept by hand beside the routes; the
/// access-matrix test checks that every API route is described here.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.0.3",
 "info": {
  "title": "Confide API",
  "version": "1",
  "description": "Authenticated JSON access to a centre's records. Every call is recorded in the audit trail. Obtain a bearer token from POST /api/v1/sessions. Each session may make a limited number of calls a minute (600 by default; before sign-in, per address): past it the answer is 429 with Retry-After."
 },
 "servers": [
  {
   "url": "/"
  }
 ],
 "components": {
  "securitySchemes": {
   "bearer": {
    "type": "http",
    "scheme": "bearer"
   }
  },
  "schemas": {
   "Error": {
    "type": "object",
    "required": [
     "error",
     "status",
     "reason"
    ],
    "properties": {
     "error": {
      "type": "boolean"
     },
     "status": {
      "type": "integer"
     },
     "reason": {
      "type": "string"
     },
     "problems": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     }
    }
   },
   "SignIn": {
    "type": "object",
    "properties": {
     "email": {
      "type": "string",
      "maxLength": 254
     },
     "password": {
      "type": "string",
      "maxLength": 256
     },
     "code": {
      "type": "string",
      "maxLength": 20
     }
    }
   },
   "Token": {
    "type": "object",
    "required": [
     "token",
     "idleTimeoutSeconds",
     "staffID",
     "role"
    ],
    "properties": {
     "token": {
      "type": "string"
     },
     "idleTimeoutSeconds": {
      "type": "integer"
     },
     "staffID": {
      "type": "string",
      "format": "uuid"
     },
     "role": {
      "type": "string"
     }
    }
   },
   "Created": {
    "type": "object",
    "required": [
     "id"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "reference": {
      "type": "string",
      "nullable": true
     }
    }
   },
   "ClientInput": {
    "type": "object",
    "properties": {
     "name": {
      "type": "string",
      "maxLength": 200
     },
     "dateOfBirth": {
      "type": "string",
      "format": "date"
     },
     "contact": {
      "type": "string",
      "maxLength": 2000
     },
     "safeContact": {
      "type": "string",
      "maxLength": 2000
     },
     "allocatedWorkerID": {
      "type": "string",
      "format": "uuid"
     }
    }
   },
   "ClientSummary": {
    "type": "object",
    "required": [
     "id",
     "reference",
     "status",
     "allocatedWorker",
     "onLegalHold"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "reference": {
      "type": "string"
     },
     "status": {
      "type": "string"
     },
     "allocatedWorker": {
      "type": "string"
     },
     "name": {
      "type": "string",
      "nullable": true
     },
     "onLegalHold": {
      "type": "boolean"
     }
    }
   },
   "RecordInput": {
    "type": "object",
    "properties": {
     "kind": {
      "type": "string",
      "enum": [
       "session_note",
       "assessment",
       "safeguarding",
       "correspondence"
      ]
     },
     "occurredOn": {
      "type": "string",
      "format": "date"
     },
     "body": {
      "type": "string",
      "maxLength": 100000
     }
    }
   },
   "AmendmentInput": {
    "type": "object",
    "properties": {
     "reason": {
      "type": "string",
      "maxLength": 1000
     },
     "body": {
      "type": "string",
      "maxLength": 100000
     }
    }
   },
   "BreakGlassInput": {
    "type": "object",
    "properties": {
     "reason": {
      "type": "string",
      "maxLength": 500
     }
    }
   },
   "Amendment": {
    "type": "object",
    "required": [
     "id",
     "author",
     "createdAt",
     "reason",
     "body"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "author": {
      "type": "string"
     },
     "createdAt": {
      "type": "string"
     },
     "reason": {
      "type": "string"
     },
     "body": {
      "type": "string"
     }
    }
   },
   "Record": {
    "type": "object",
    "required": [
     "id",
     "clientID",
     "kind",
     "occurredOn",
     "author",
     "createdAt",
     "locksAt",
     "locked",
     "body",
     "amendments"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "clientID": {
      "type": "string",
      "format": "uuid"
     },
     "kind": {
      "type": "string"
     },
     "occurredOn": {
      "type": "string"
     },
     "author": {
      "type": "string"
     },
     "createdAt": {
      "type": "string"
     },
     "locksAt": {
      "type": "string"
     },
     "locked": {
      "type": "boolean"
     },
     "body": {
      "type": "string"
     },
     "amendments": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Amendment"
      }
     }
    }
   },
   "Attachment": {
    "type": "object",
    "required": [
     "id",
     "filename",
     "contentType",
     "size",
     "createdAt"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "filename": {
      "type": "string"
     },
     "contentType": {
      "type": "string"
     },
     "size": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string"
     }
    }
   },
   "ClientDetail": {
    "type": "object",
    "required": [
     "id",
     "reference",
     "status",
     "allocatedWorkerID",
     "allocatedWorker",
     "name",
     "dateOfBirth",
     "contact",
     "safeContact",
     "onLegalHold",
     "accessBasis",
     "records",
     "attachments"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "reference": {
      "type": "string"
     },
     "status": {
      "type": "string"
     },
     "allocatedWorkerID": {
      "type": "string",
      "format": "uuid"
     },
     "allocatedWorker": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "dateOfBirth": {
      "type": "string"
     },
     "contact": {
      "type": "string"
     },
     "safeContact": {
      "type": "string"
     },
     "onLegalHold": {
      "type": "boolean"
     },
     "accessBasis": {
      "type": "string"
     },
     "records": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Record"
      }
     },
     "attachments": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Attachment"
      }
     }
    }
   },
   "AccessEntry": {
    "type": "object",
    "required": [
     "seq",
     "at",
     "actor",
     "role",
     "action",
     "object",
     "reason",
     "flagged"
    ],
    "properties": {
     "seq": {
      "type": "integer"
     },
     "at": {
      "type": "string"
     },
     "actor": {
      "type": "string"
     },
     "role": {
      "type": "string"
     },
     "action": {
      "type": "string"
     },
     "object": {
      "type": "string"
     },
     "reason": {
      "type": "string"
     },
     "flagged": {
      "type": "boolean"
     }
    }
   },
   "StaffInput": {
    "type": "object",
    "properties": {
     "email": {
      "type": "string"
     },
     "displayName": {
      "type": "string"
     },
     "role": {
      "type": "string",
      "enum": [
       "counsellor",
       "supervisor",
       "disclosure_lead",
       "manager"
      ]
     },
     "team": {
      "type": "string"
     },
     "password": {
      "type": "string"
     }
    }
   },
   "Staff": {
    "type": "object",
    "required": [
     "id",
     "email",
     "displayName",
     "role",
     "team",
     "active",
     "locked"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "email": {
      "type": "string"
     },
     "displayName": {
      "type": "string"
     },
     "role": {
      "type": "string"
     },
     "team": {
      "type": "string"
     },
     "active": {
      "type": "boolean"
     },
     "locked": {
      "type": "boolean"
     }
    }
   },
   "RequestSummary": {
    "type": "object",
    "required": [
     "id",
     "reference",
     "clientID",
     "clientReference",
     "requesterType",
     "requesterOrganisation",
     "route",
     "status",
     "overdue",
     "recommendedOutcome"
    ],
    "properties": {
     "id": {
      "type": "string",
      "format": "uuid"
     },
     "reference": {
      "type": "string"
     },
     "clientID": {
      "type": "string",
      "format": "uuid"
     },
     "clientReference": {
      "type": "string"
     },
     "requesterType": {
      "type": "string"
     },
     "requesterOrganisation": {
      "type": "string"
     },
     "route": {
      "type": "string"
     },
     "status": {
      "type": "string"
     },
     "deadline": {
      "type": "string",
      "nullable": true
     },
     "overdue": {
      "type": "boolean"
     },
     "recommendedOutcome": {
      "type": "string"
     },
     "decidedOutcome": {
      "type": "string",
      "nullable": true
     }
    }
   },
   "Health": {
    "type": "object",
    "required": [
     "status",
     "version",
     "database",
     "migrationsApplied"
    ],
    "properties": {
     "status": {
      "type": "string"
     },
     "version": {
      "type": "string"
     },
     "database": {
      "type": "string"
     },
     "migrationsApplied": {
      "type": "integer"
     }
    }
   }
  },
  "responses": {
   "Error": {
    "description": "A clear error; nothing was changed",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  },
  "parameters": {
   "client": {
    "name": "client",
    "in": "path",
    "required": true,
    "schema": {
     "type": "string",
     "format": "uuid"
    }
   },
   "record": {
    "name": "record",
    "in": "path",
    "required": true,
    "schema": {
     "type": "string",
     "format": "uuid"
    }
   }
  }
 },
 "security": [
  {
   "bearer": []
  }
 ],
 "paths": {
  "/health": {
   "get": {
    "security": [],
    "summary": "Health",
    "responses": {
     "200": {
      "description": "Up",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions": {
   "post": {
    "security": [],
    "summary": "Sign in and get a bearer token",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/SignIn"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Signed in",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/sessions/current": {
   "delete": {
    "summary": "Sign out this token",
    "responses": {
     "204": {
      "description": "Signed out"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/clients": {
   "get": {
    "summary": "Your caseload",
    "responses": {
     "200": {
      "description": "Clients",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/ClientSummary"
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "post": {
    "summary": "Open a new client",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ClientInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Created"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/clients/{client}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/client"
    }
   ],
   "get": {
    "summary": "A client with records and attachments",
    "responses": {
     "200": {
      "description": "Client",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ClientDetail"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/clients/{client}/break-glass": {
   "parameters": [
    {
     "$ref": "#/components/parameters/client"
    }
   ],
   "post": {
    "summary": "Open a client outside your access, with a recorded reason",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/BreakGlassInput"
       }
      }
     }
    },
    "responses": {
     "204": {
      "description": "Access granted for one hour"
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/clients/{client}/access-history": {
   "parameters": [
    {
     "$ref": "#/components/parameters/client"
    }
   ],
   "get": {
    "summary": "Who accessed this client's records",
    "responses": {
     "200": {
      "description": "Entries",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/AccessEntry"
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/clients/{client}/records": {
   "parameters": [
    {
     "$ref": "#/components/parameters/client"
    }
   ],
   "post": {
    "summary": "Add a record",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RecordInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Created"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/records/{record}": {
   "parameters": [
    {
     "$ref": "#/components/parameters/record"
    }
   ],
   "get": {
    "summary": "A record with its amendments",
    "responses": {
     "200": {
      "description": "Record",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Record"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "put": {
    "summary": "Correct a record before it locks (author only)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RecordInput"
       }
      }
     }
    },
    "responses": {
     "204": {
      "description": "Saved"
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/records/{record}/amendments": {
   "parameters": [
    {
     "$ref": "#/components/parameters/record"
    }
   ],
   "post": {
    "summary": "Append an amendment",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/AmendmentInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Created"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/requests": {
   "get": {
    "summary": "The request register (disclosure lead, manager)",
    "responses": {
     "200": {
      "description": "Requests",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/RequestSummary"
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/staff": {
   "get": {
    "summary": "Staff accounts (manager)",
    "responses": {
     "200": {
      "description": "Staff",
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/Staff"
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "post": {
    "summary": "Add a staff account (manager)",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/StaffInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Staff"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  }
 }
}
"""#
}
