/* styre-application.c — the Styre application
 *
 * One process, any number of windows, one file per window. The application is unique:
 * `styre FILE` while Styre runs opens FILE in the running instance (in a new window, or
 * brings forward the window that has it). `--exit-after-first-frame` is for benchmarks
 * and always runs an instance of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-application"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>

#include "styre-application-private.h"
#include "styre-gui.h"

struct _StyreApplication
{
  AdwApplication  parent_instance;

  gint64          start_time;   /* g_get_monotonic_time () first thing in main () */
  GSettings      *settings;

  /* --exit-after-first-frame */
  StyreWindow    *measured_window;
  GdkFrameClock  *frame_clock;
  gulong          after_paint_id;
};

G_DEFINE_FINAL_TYPE (StyreApplication, styre_application, ADW_TYPE_APPLICATION)

/* How long a new window may wait for its file before it shows its spinner instead. */
#define PRESENT_DELAY_MS 300

enum {
  PROP_0,
  PROP_START_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo portfolio, making it the first time"), NULL },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start on VIEW: dashboard, portfolio, meetings or followup"), N_("VIEW") },
  { "meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Open meeting number ID (as “styre-cli meetings” lists them)"), N_("ID") },
  { "project", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Show meeting number ID on the projector (projector mode)"), N_("ID") },
  { "exit-after-first-frame", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the time from start until the window has drawn its data, then quit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* ── first frame ─────────────────────────────────────────────────────────────────────── */

static void
stop_measuring (StyreApplication *self)
{
  if (self->frame_clock != NULL && self->after_paint_id != 0)
    g_signal_handler_disconnect (self->frame_clock, self->after_paint_id);
  self->after_paint_id = 0;
  g_clear_object (&self->frame_clock);
  if (self->measured_window != NULL)
    g_signal_handlers_disconnect_by_data (self->measured_window, self);
  g_clear_weak_pointer (&self->measured_window);
}

static void
after_paint_cb (GdkFrameClock    *frame_clock,
                StyreApplication *self)
{
  double ms = (g_get_monotonic_time () - self->start_time) / 1000.0;

  g_print ("first frame: %.1f ms\n", ms);
  stop_measuring (self);
  g_application_quit (G_APPLICATION (self));
}

/* The window has realised and has its data: the next frame it paints is the one. */
static void
arm_frame_clock (StyreApplication *self)
{
  GtkWidget *window = GTK_WIDGET (self->measured_window);
  GdkFrameClock *frame_clock;

  if (window == NULL || styre_window_get_loading (self->measured_window)
      || !gtk_widget_get_realized (window) || self->frame_clock != NULL)
    return;

  frame_clock = gtk_widget_get_frame_clock (window);
  self->frame_clock = g_object_ref (frame_clock);
  self->after_paint_id = g_signal_connect (frame_clock, "after-paint",
                                           G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_draw (window);
}

static void
measure_first_frame (StyreApplication *self,
                     StyreWindow      *window)
{
  stop_measuring (self);
  g_set_weak_pointer (&self->measured_window, window);
  g_signal_connect_swapped (window, "notify::loading", G_CALLBACK (arm_frame_clock), self);
  g_signal_connect_swapped (window, "realize", G_CALLBACK (arm_frame_clock), self);
  arm_frame_clock (self);
}

/* ── windows ─────────────────────────────────────────────────────────────────────────── */

static StyreWindow *
find_window_with_file (StyreApplication *self,
                       GFile            *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!STYRE_IS_WINDOW (l->data))
        continue;
      shown = styre_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

/**
 * styre_application_get_window:
 *
 * Returns: (transfer none): the active window if it is a Styre window, otherwise a new one
 */
StyreWindow *
styre_application_get_window (StyreApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (STYRE_IS_WINDOW (active))
    return STYRE_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (STYRE_IS_WINDOW (l->data))
      return l->data;
  return styre_window_new (GTK_APPLICATION (self));
}

/**
 * styre_application_open:
 * @view: (nullable): the page to show, as `--view` names it
 * @preferred: (nullable): the window to use if it has no file open
 *
 * Shows @file: brings forward the window that already has it, or opens it in @preferred,
 * the active window or a new window, whichever is first to have nothing open.
 *
 * Returns: (transfer none): the window
 */
StyreWindow *
styre_application_open (StyreApplication *self,
                        GFile            *file,
                        StyreOpenMode     mode,
                        const char       *view,
                        StyreWindow      *preferred)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  StyreWindow *window;

  g_return_val_if_fail (STYRE_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if ((window = find_window_with_file (self, file)) != NULL)
    {
      styre_window_set_view (window, view);
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  if (preferred != NULL && styre_window_is_empty (preferred))
    window = preferred;
  else if (STYRE_IS_WINDOW (active) && styre_window_is_empty (STYRE_WINDOW (active)))
    window = STYRE_WINDOW (active);
  else
    window = styre_window_new (GTK_APPLICATION (self));

  styre_window_set_view (window, view);
  styre_window_open (window, file, mode);
  /* A new window appears with its data, unless opening is slow (a share, a big file). */
  styre_window_present_when_loaded (window, PRESENT_DELAY_MS);
  return window;
}

/* A start without files: the last file if the person asked for that, else the welcome. */
static StyreWindow *
open_default (StyreApplication *self,
              const char       *view)
{
  g_autofree char *last_file = g_settings_get_string (self->settings, "last-file");
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  StyreWindow *window;

  if (STYRE_IS_WINDOW (active))
    {
      styre_window_set_view (STYRE_WINDOW (active), view);
      gtk_window_present (active);
      return STYRE_WINDOW (active);
    }

  if (g_settings_get_boolean (self->settings, "reopen-last-file") && *last_file != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (last_file);

      return styre_application_open (self, file, STYRE_OPEN_MODE_REOPEN, view, NULL);
    }

  window = styre_window_new (GTK_APPLICATION (self));
  styre_window_set_view (window, view);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* ── GApplication ────────────────────────────────────────────────────────────────────── */

static int
styre_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("styre %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* A benchmark must measure its own start, not hand the files to a running Styre. */
  if (g_variant_dict_contains (options, "exit-after-first-frame"))
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static int
styre_application_command_line (GApplication            *application,
                                GApplicationCommandLine *command_line)
{
  StyreApplication *self = STYRE_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **files = NULL;
  const char *view = NULL;
  gboolean demo = FALSE;
  gboolean exit_after_first_frame = FALSE;
  gint64 meeting = 0;
  gint64 project = 0;
  StyreWindow *window = NULL;

  g_variant_dict_lookup (options, "view", "&s", &view);
  g_variant_dict_lookup (options, "demo", "b", &demo);
  g_variant_dict_lookup (options, "exit-after-first-frame", "b", &exit_after_first_frame);
  g_variant_dict_lookup (options, "meeting", "x", &meeting);
  g_variant_dict_lookup (options, "project", "x", &project);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (view != NULL && !styre_gui_is_view_name (view))
    {
      g_application_command_line_printerr (command_line,
                                           _("Unknown view “%s”: choose dashboard, portfolio, "
                                             "meetings or followup.\n"),
                                           view);
      return 1;
    }

  if (files != NULL && files[0] != NULL)
    {
      for (guint i = 0; files[i] != NULL; i++)
        {
          g_autoptr(GFile) file =
            g_application_command_line_create_file_for_arg (command_line, files[i]);

          window = styre_application_open (self, file, STYRE_OPEN_MODE_OPEN, view, NULL);
        }
    }
  else if (demo)
    {
      g_autoptr(GFile) file = styre_gui_get_demo_file ();

      window = styre_application_open (self, file, STYRE_OPEN_MODE_DEMO, view, NULL);
    }
  else
    {
      window = open_default (self, view);
    }

  if (meeting > 0 && window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", meeting);
  if (project > 0 && window != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", project);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.project-meeting", "x", project);
    }

  if (exit_after_first_frame)
    measure_first_frame (self, window);

  return 0;
}

static void
styre_application_activate (GApplication *application)
{
  open_default (STYRE_APPLICATION (application), NULL);
}

static void
styre_application_open_files (GApplication  *application,
                              GFile        **files,
                              int            n_files,
                              const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    styre_application_open (STYRE_APPLICATION (application), files[i], STYRE_OPEN_MODE_OPEN,
                            NULL, NULL);
}

static gboolean
quit_on_signal_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
  return G_SOURCE_CONTINUE;
}

static void
styre_application_startup (GApplication *application)
{
  StyreApplication *self = STYRE_APPLICATION (application);

  G_APPLICATION_CLASS (styre_application_parent_class)->startup (application);

  self->settings = styre_gui_settings_new ();
  gtk_window_set_default_icon_name (APP_ID);
  /* Logging out, or a terminal's Ctrl+C: quit the ordinary way, closing the files. */
  g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
  g_unix_signal_add (SIGHUP, quit_on_signal_cb, self);
  g_unix_signal_add (SIGINT, quit_on_signal_cb, self);
  styre_application_install_actions (self);
}

static void
styre_application_shutdown (GApplication *application)
{
  StyreApplication *self = STYRE_APPLICATION (application);

  GList *windows;

  stop_measuring (self);

  /* Close the windows as a person would, so each lets its file go: the session row and
   * the owner file are removed and others stop seeing this Styre in their header at once,
   * not three heartbeats later. */
  for (;;)
    {
      GtkWindow *next = NULL;

      /* Styre's own windows first: each closes what it opened (projector windows, the
       * Snapshots window) the way it does when a person closes it. */
      windows = gtk_application_get_windows (GTK_APPLICATION (self));
      for (GList *l = windows; l != NULL && next == NULL; l = l->next)
        if (STYRE_IS_WINDOW (l->data))
          next = l->data;
      if (next == NULL && windows != NULL)
        next = windows->data;
      if (next == NULL)
        break;
      gtk_window_destroy (next);
    }
  styre_window_wait_for_closed_files (5000);

  G_APPLICATION_CLASS (styre_application_parent_class)->shutdown (application);
}

static void
styre_application_dispose (GObject *object)
{
  StyreApplication *self = (StyreApplication *)object;

  stop_measuring (self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (styre_application_parent_class)->dispose (object);
}

static void
styre_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StyreApplication *self = STYRE_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_START_TIME:
      g_value_set_int64 (value, self->start_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StyreApplication *self = STYRE_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_START_TIME:
      self->start_time = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_application_class_init (StyreApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = styre_application_dispose;
  object_class->get_property = styre_application_get_property;
  object_class->set_property = styre_application_set_property;

  app_class->handle_local_options = styre_application_handle_local_options;
  app_class->command_line = styre_application_command_line;
  app_class->activate = styre_application_activate;
  app_class->open = styre_application_open_files;
  app_class->startup = styre_application_startup;
  app_class->shutdown = styre_application_shutdown;

  /**
   * StyreApplication:start-time:
   *
   * The monotonic time main() started, for `--exit-after-first-frame`.
   */
  properties[PROP_START_TIME] =
    g_param_spec_int64 ("start-time", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_application_init (StyreApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Portfolio, dashboards and leadership meetings "
                                              "for governing digital development."));
}

/**
 * styre_application_new:
 * @start_time: g_get_monotonic_time () at the start of main ()
 */
StyreApplication *
styre_application_new (gint64 start_time)
{
  return g_object_new (STYRE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/styreapp/Styre",
                       "start-time", start_time,
                       NULL);
}
