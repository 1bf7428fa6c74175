/* styre-error.h — the Styre error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STYRE_ERROR (styre_error_quark ())

/**
 * StyreError:
 *
 * Why an operation on a .styre file failed. The UI maps each code to what the person
 * can do about it; the message is already written for a person.
 */
typedef enum
{
  STYRE_ERROR_FAILED,
  STYRE_ERROR_NOT_FOUND,     /* the file, or the row, does not exist */
  STYRE_ERROR_NOT_STYRE,     /* not SQLite, or not Styre's application_id */
  STYRE_ERROR_NEWER_SCHEMA,  /* made by a newer Styre that this one cannot read */
  STYRE_ERROR_OLDER_SCHEMA,  /* needs an upgrade that cannot run now */
  STYRE_ERROR_DAMAGED,       /* quick_check failed, or SQLITE_CORRUPT */
  STYRE_ERROR_TAMPERED,      /* triggers, views or a schema that is not ours */
  STYRE_ERROR_CONFLICT,      /* someone else saved the row first */
  STYRE_ERROR_DELETED,       /* someone else deleted the row */
  STYRE_ERROR_BUSY,          /* another writer held the file past the timeout */
  STYRE_ERROR_DISK_FULL,
  STYRE_ERROR_READ_ONLY,     /* the file is open read-only, or writing is not permitted */
  STYRE_ERROR_MOVED,         /* the file was moved or replaced underneath us */
  STYRE_ERROR_IO,
  STYRE_ERROR_INVALID,       /* a value breaks a rule of the data */
  STYRE_ERROR_IN_USE,        /* others have the file open (migration, restore) */
  STYRE_ERROR_EXISTS,        /* a file is already there */
} StyreError;

GQuark styre_error_quark (void);

G_END_DECLS
