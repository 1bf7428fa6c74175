/* fake-monitors.c — a laptop and a projector on one Xvfb screen, as RandR reports them
 *
 * GTK 4 learns the monitors of an X display only from RandR (never from Xinerama), and
 * Xvfb's RandR has one output per screen, so `Xvfb +xinerama -screen 0 … -screen 1 …`
 * still gives GTK a single monitor. Loaded with LD_PRELOAD into a test under Xvfb with one
 * wide screen, this splits that screen into the monitors STYRE_FAKE_MONITORS lists, e.g.
 * "eDP-1:1280x800+0+0,HDMI-1:1920x1080+1280+0" — each with an output of its own, as a
 * laptop with a projector plugged in reports them. Everything else (windows, their
 * places, the pixels) is the real X server's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

/* Output ids that Xvfb never gives out. */
#define FAKE_OUTPUT_BASE 0x7f0000

typedef struct
{
  char name[32];
  int  x, y, width, height;
} FakeMonitor;

static FakeMonitor monitors[8];
static int n_monitors = -1;

static void
load (void)
{
  const char *spec;
  char *copy, *save = NULL;

  if (n_monitors >= 0)
    return;
  n_monitors = 0;
  spec = getenv ("STYRE_FAKE_MONITORS");
  if (spec == NULL)
    return;
  copy = strdup (spec);
  for (char *t = strtok_r (copy, ",", &save); t != NULL && n_monitors < 8;
       t = strtok_r (NULL, ",", &save))
    {
      FakeMonitor *m = &monitors[n_monitors];

      if (sscanf (t, "%31[^:]:%dx%d+%d+%d", m->name, &m->width, &m->height, &m->x, &m->y) == 5)
        n_monitors++;
    }
  free (copy);
}

static int
fake_index (RROutput output)
{
  load ();
  if (output >= FAKE_OUTPUT_BASE && output < FAKE_OUTPUT_BASE + (RROutput) n_monitors)
    return (int) (output - FAKE_OUTPUT_BASE);
  return -1;
}

XRRMonitorInfo *
XRRGetMonitors (Display *display,
                Window   window,
                Bool     get_active,
                int     *n)
{
  XRRMonitorInfo *(*real) (Display *, Window, Bool, int *);
  XRRMonitorInfo *info;
  RROutput *outputs;

  load ();
  if (n_monitors == 0)
    {
      real = (XRRMonitorInfo *(*) (Display *, Window, Bool, int *)) dlsym (RTLD_NEXT, "XRRGetMonitors");
      return real (display, window, get_active, n);
    }
  /* One block, as libXrandr allocates it: XRRFreeMonitors() frees it whole. */
  info = calloc (1, n_monitors * (sizeof (XRRMonitorInfo) + sizeof (RROutput)));
  outputs = (RROutput *) (info + n_monitors);
  for (int i = 0; i < n_monitors; i++)
    {
      info[i].name = XInternAtom (display, monitors[i].name, False);
      info[i].primary = i == 0;
      info[i].automatic = True;
      info[i].noutput = 1;
      info[i].x = monitors[i].x;
      info[i].y = monitors[i].y;
      info[i].width = monitors[i].width;
      info[i].height = monitors[i].height;
      /* 96 dpi */
      info[i].mwidth = monitors[i].width * 254 / 960;
      info[i].mheight = monitors[i].height * 254 / 960;
      outputs[i] = FAKE_OUTPUT_BASE + i;
      info[i].outputs = &outputs[i];
    }
  *n = n_monitors;
  return info;
}

XRROutputInfo *
XRRGetOutputInfo (Display            *display,
                  XRRScreenResources *resources,
                  RROutput            output)
{
  XRROutputInfo *(*real) (Display *, XRRScreenResources *, RROutput);
  int i = fake_index (output);
  XRROutputInfo *info;
  size_t len;

  if (i < 0)
    {
      real = (XRROutputInfo *(*) (Display *, XRRScreenResources *, RROutput)) dlsym (RTLD_NEXT, "XRRGetOutputInfo");
      return real (display, resources, output);
    }
  len = strlen (monitors[i].name);
  info = calloc (1, sizeof *info + len + 1);
  info->name = (char *) (info + 1);
  memcpy (info->name, monitors[i].name, len);
  info->nameLen = (int) len;
  info->connection = RR_Connected;
  info->mm_width = monitors[i].width * 254 / 960;
  info->mm_height = monitors[i].height * 254 / 960;
  return info;
}

int
XRRGetOutputProperty (Display        *display,
                      RROutput        output,
                      Atom            property,
                      long            offset,
                      long            length,
                      Bool            _delete,
                      Bool            pending,
                      Atom            req_type,
                      Atom           *actual_type,
                      int            *actual_format,
                      unsigned long  *nitems,
                      unsigned long  *bytes_after,
                      unsigned char **prop)
{
  int (*real) (Display *, RROutput, Atom, long, long, Bool, Bool, Atom, Atom *, int *,
               unsigned long *, unsigned long *, unsigned char **);

  if (fake_index (output) >= 0)
    {
      /* No EDID: a projector that does not say who made it. */
      *actual_type = None;
      *actual_format = 0;
      *nitems = 0;
      *bytes_after = 0;
      *prop = NULL;
      return Success;
    }
  real = (int (*) (Display *, RROutput, Atom, long, long, Bool, Bool, Atom, Atom *, int *,
                   unsigned long *, unsigned long *, unsigned char **)) dlsym (RTLD_NEXT, "XRRGetOutputProperty");
  return real (display, output, property, offset, length, _delete, pending, req_type, actual_type,
               actual_format, nitems, bytes_after, prop);
}
