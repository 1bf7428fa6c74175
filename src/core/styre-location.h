/* styre-location.h — where a .styre file lives, and what that allows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StyreLocationKind:
 * @STYRE_LOCATION_LOCAL: a disk of this computer
 * @STYRE_LOCATION_NETWORK: an SMB/CIFS or NFS mount with working byte-range locks
 * @STYRE_LOCATION_NETWORK_NO_LOCKS: a network mount whose locks are off or only local
 *   (`nobrl`, `nolock`, `local_lock=`), or a network file system Styre does not know
 * @STYRE_LOCATION_FUSE: a FUSE mount, gvfs included (sshfs, rclone, smb:// in Files)
 * @STYRE_LOCATION_SYNC_FOLDER: a folder kept by a sync client (OneDrive, Dropbox,
 *   Nextcloud/ownCloud, Syncthing)
 * @STYRE_LOCATION_DOCUMENT_PORTAL: a path handed over by the Flatpak document portal
 *
 * Where a file lives (STORAGE.md rule 9).
 */
typedef enum
{
  STYRE_LOCATION_LOCAL,
  STYRE_LOCATION_NETWORK,
  STYRE_LOCATION_NETWORK_NO_LOCKS,
  STYRE_LOCATION_FUSE,
  STYRE_LOCATION_SYNC_FOLDER,
  STYRE_LOCATION_DOCUMENT_PORTAL,
} StyreLocationKind;

/**
 * StyreSharing:
 * @STYRE_SHARING_SHARED: several people may edit at once; SQLite's locks keep it safe
 * @STYRE_SHARING_SINGLE_EDITOR: one editor at a time, named in an owner file beside the
 *   file; everyone else reads
 * @STYRE_SHARING_READ_ONLY: nobody can edit it safely from here
 *
 * What a location allows.
 */
typedef enum
{
  STYRE_SHARING_SHARED,
  STYRE_SHARING_SINGLE_EDITOR,
  STYRE_SHARING_READ_ONLY,
} StyreSharing;

typedef struct
{
  StyreLocationKind  kind;
  char              *filesystem;     /* "ext4", "cifs", "nfs4", "fuse.sshfs" … or "" */
  char              *source;         /* what is mounted: "//server/share", "/dev/vda" … */
  char              *mount_point;
  char              *options;        /* the mount's options, and the superblock's */
  char              *detail;         /* what decided: "nobrl", "Dropbox", "gvfsd-fuse" … */
} StyreLocation;

StyreLocation *styre_location_classify        (const char           *path);
StyreLocation *styre_location_classify_with   (const char           *path,
                                               const char           *mountinfo);
StyreLocation *styre_location_copy            (const StyreLocation  *self);
void           styre_location_free            (StyreLocation        *self);
StyreSharing   styre_location_get_sharing     (const StyreLocation  *self);
gboolean       styre_location_is_remote       (const StyreLocation  *self);
guint          styre_location_poll_interval   (const StyreLocation  *self);
const char    *styre_location_kind_to_string  (StyreLocationKind     kind);
const char    *styre_sharing_to_string        (StyreSharing          sharing);
char          *styre_location_describe        (const StyreLocation  *self);
char          *styre_sharing_describe         (StyreSharing          sharing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreLocation, styre_location_free)

G_END_DECLS
