/* styre-followup-page.c — the follow-up list: actions from the meetings
 *
 * What was decided and not yet done, overdue first: who owns it, when it is due, where
 * it came from (forum, meeting, case number), its status and the latest note. Overdue
 * actions say so in words and with an icon, not only in red.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-followup-page"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-followup-page.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-queries.h"

struct _StyreFollowupPage
{
  AdwBin               parent_instance;

  StyreStore          *store;
  GCancellable        *reload_cancellable;
  GListModel          *actions;
  GtkSortListModel    *sorted;
  GtkSelectionModel   *selection;     /* given to the table when it is first shown */
  gboolean             show_closed;

  GtkSwitch           *show_closed_switch;
  GtkLabel            *count_label;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *status_column;
};

G_DEFINE_FINAL_TYPE (StyreFollowupPage, styre_followup_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── sorting ─────────────────────────────────────────────────────────────────────────── */

typedef enum
{
  SORT_DUE,
  SORT_TITLE,
  SORT_OWNER,
  SORT_STATUS,
} SortKey;

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StyreAction *x = (StyreAction *) a;
  StyreAction *y = (StyreAction *) b;
  const char *dx, *dy;

  switch ((SortKey) GPOINTER_TO_INT (user_data))
    {
    case SORT_DUE:
      /* Without a due date last. */
      dx = styre_action_get_due_on (x);
      dy = styre_action_get_due_on (y);
      if ((dx == NULL) != (dy == NULL))
        return dx == NULL ? 1 : -1;
      return g_strcmp0 (dx, dy);
    case SORT_TITLE:
      return g_utf8_collate (styre_action_get_title (x), styre_action_get_title (y));
    case SORT_OWNER:
      return g_utf8_collate (styre_action_get_owner_name (x) ? styre_action_get_owner_name (x) : "",
                             styre_action_get_owner_name (y) ? styre_action_get_owner_name (y) : "");
    case SORT_STATUS:
      return g_strcmp0 (styre_action_get_status (x), styre_action_get_status (y));
    default:
      g_assert_not_reached ();
    }
}

/* ── cells ───────────────────────────────────────────────────────────────────────────── */

static StyreAction *
item_action (GtkListItem *item)
{
  return STYRE_ACTION (gtk_list_item_get_item (item));
}

static gboolean
is_closed (StyreAction *action)
{
  const char *status = styre_action_get_status (action);

  return g_strcmp0 (status, "done") == 0 || g_strcmp0 (status, "cancelled") == 0;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, -1, 28));
}

static void
setup_origin_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 16, 40));
}

static void
setup_owner_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 12, 28));
}

static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *date = styre_gui_cell_label_new (0, -1, 0);
  GtkWidget *word = gtk_label_new (_("Overdue"));

  gtk_widget_add_css_class (icon, "overdue");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (word, "overdue-pill");
  gtk_widget_set_valign (word, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), word);
  gtk_list_item_set_child (item, box);
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget *label = styre_gui_cell_label_new (0, 24, 60);

  gtk_widget_add_css_class (lock, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), lock);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = styre_gui_cell_label_new (0, 16, 40);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *date = gtk_widget_get_next_sibling (icon);
  GtkWidget *word = gtk_widget_get_next_sibling (date);
  const char *due_on = styre_action_get_due_on (action);
  gboolean overdue = styre_action_get_overdue (action);
  g_autofree char *text = due_on ? styre_format_date (due_on) : g_strdup (_("No due date"));

  gtk_label_set_text (GTK_LABEL (date), text);
  gtk_widget_set_visible (icon, overdue);
  gtk_widget_set_visible (word, overdue);
  if (overdue)
    gtk_widget_add_css_class (date, "overdue");
  else
    gtk_widget_remove_css_class (date, "overdue");
  if (due_on == NULL)
    gtk_widget_add_css_class (date, "dim-label");
  else
    gtk_widget_remove_css_class (date, "dim-label");
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *lock = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (lock);
  gboolean exempt = g_strcmp0 (styre_action_get_confidentiality (action), "exempt") == 0;
  const char *legal_basis = styre_action_get_legal_basis (action);
  g_autofree char *lock_text = NULL;

  gtk_label_set_text (GTK_LABEL (label), styre_action_get_title (action));
  gtk_widget_set_tooltip_text (label, styre_action_get_title (action));

  gtk_widget_set_visible (lock, exempt);
  if (exempt)
    {
      if (legal_basis != NULL && *legal_basis != '\0')
        /* Translators: %s is the legal basis, e.g. "offl. § 14" */
        lock_text = g_strdup_printf (_("Exempt from public access, %s"), legal_basis);
      else
        lock_text = g_strdup (_("Exempt from public access"));
      gtk_widget_set_tooltip_text (lock, lock_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lock_text, -1);
    }
}

static void
bind_owner_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *owner = styre_action_get_owner_name (item_action (item));

  gtk_label_set_text (GTK_LABEL (label), owner ? owner : "–");
  gtk_widget_set_tooltip_text (label, owner);
}

static void
bind_origin_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *forum = styre_action_get_origin_forum (action);
  const char *meeting = styre_action_get_origin_meeting (action);
  const char *case_number = styre_action_get_case_number (action);
  g_autoptr(GString) text = g_string_new (NULL);

  /* The case number first: it names the decision, and survives when the column is narrow. */
  if (case_number != NULL && *case_number != '\0')
    /* Translators: an agenda item's case number, e.g. "Case 12/26" (nb "Sak 12/26") */
    g_string_append_printf (text, _("Case %s"), case_number);
  if (forum != NULL)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, forum);
    }
  if (meeting != NULL)
    {
      g_autofree char *date = styre_format_date (meeting);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, date);
    }
  if (text->len == 0)
    g_string_append (text, "–");

  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_tooltip_text (label, text->str);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label),
                      styre_vocabulary_label (STYRE_VOCAB_ACTION_STATUS,
                                              styre_action_get_status (action)));
  if (is_closed (action))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *note = styre_action_get_latest_note (item_action (item));

  gtk_label_set_text (GTK_LABEL (label), note ? note : "");
  gtk_widget_set_tooltip_text (label, note);
}

/* The table makes its row widgets when it gets its model; a page that is not shown need
 * not pay for that while the file opens. */
static void
styre_followup_page_map (GtkWidget *widget)
{
  StyreFollowupPage *self = (StyreFollowupPage *) widget;

  if (gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, self->selection);

  GTK_WIDGET_CLASS (styre_followup_page_parent_class)->map (widget);
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

/* Runs on a worker thread. */
static gpointer
query_actions (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  g_autofree char *today = styre_store_today (store);

  return styre_store_list_actions (store, today, GPOINTER_TO_INT (data) == 0, error);
}

static void
update_state (StyreFollowupPage *self)
{
  guint n = g_list_model_get_n_items (self->actions);
  guint n_open = 0, n_overdue = 0;
  g_autofree char *open_text = NULL;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreAction) action = g_list_model_get_item (self->actions, i);

      if (!is_closed (action))
        n_open++;
      if (styre_action_get_overdue (action))
        n_overdue++;
    }

  open_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open action",
                                            "%u open actions", n_open),
                               n_open);
  if (n_overdue > 0)
    /* Translators: e.g. "23 open actions, 5 overdue" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u overdue", "%s, %u overdue",
                                          n_overdue),
                             open_text, n_overdue);
  else
    count = g_steal_pointer (&open_text);
  gtk_label_set_text (self->count_label, count);

  adw_status_page_set_title (self->empty_page,
                             self->show_closed ? _("No Actions") : _("Nothing to Follow Up"));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
}

static void
actions_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StyreFollowupPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = styre_gui_query_finish (result, &error);

  if (model == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Read again after a change (someone else's, perhaps): the table keeps its place. */
  styre_gui_list_store_sync (G_LIST_STORE (self->actions), model, NULL);
  update_state (self);
  g_task_return_boolean (task, TRUE);
}

static void
load (StyreFollowupPage   *self,
      GCancellable        *cancellable,
      GAsyncReadyCallback  callback,
      gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, styre_followup_page_load_async);
  styre_gui_query_async (self, self->store, query_actions,
                         GINT_TO_POINTER (self->show_closed ? 1 : 0), NULL, g_object_unref,
                         cancellable, actions_loaded_cb, task);
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

      /* The list stays as it was; say why it did not change. */
      gtk_label_set_text (self->count_label, error->message);
    }
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_followup_page_dispose (GObject *object)
{
  StyreFollowupPage *self = (StyreFollowupPage *)object;

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);

  G_OBJECT_CLASS (styre_followup_page_parent_class)->dispose (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->actions);
  g_clear_object (&self->store);
}

static void
styre_followup_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_CLOSED:
      g_value_set_boolean (value, self->show_closed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_followup_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_CLOSED:
      styre_followup_page_set_show_closed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_followup_page_class_init (StyreFollowupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_followup_page_dispose;

  widget_class->map = styre_followup_page_map;
  object_class->get_property = styre_followup_page_get_property;
  object_class->set_property = styre_followup_page_set_property;

  /**
   * StyreFollowupPage:show-closed:
   *
   * Whether done and cancelled actions are listed too.
   */
  properties[PROP_SHOW_CLOSED] =
    g_param_spec_boolean ("show-closed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-followup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, show_closed_switch);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, status_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_origin_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_note_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_origin_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_note_cb);
}

static void
styre_followup_page_init (StyreFollowupPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = G_LIST_MODEL (g_list_store_new (STYRE_TYPE_ACTION));
  self->sorted = gtk_sort_list_model_new (g_object_ref (self->actions),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  self->selection = GTK_SELECTION_MODEL (g_steal_pointer (&selection));

  styre_gui_column_set_sorter (self->due_column, compare_actions, SORT_DUE);
  styre_gui_column_set_sorter (self->title_column, compare_actions, SORT_TITLE);
  styre_gui_column_set_sorter (self->owner_column, compare_actions, SORT_OWNER);
  styre_gui_column_set_sorter (self->status_column, compare_actions, SORT_STATUS);

  g_object_bind_property (self, "show-closed", self->show_closed_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_state (self);
}

/**
 * styre_followup_page_load_async:
 *
 * Reads the actions from @store on a worker thread and shows them; the page keeps
 * @store to read again when closed actions are shown or hidden.
 */
void
styre_followup_page_load_async (StyreFollowupPage   *self,
                                StyreStore          *store,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (STYRE_IS_FOLLOWUP_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  g_set_object (&self->store, store);
  load (self, cancellable, callback, user_data);
}

gboolean
styre_followup_page_load_finish (StyreFollowupPage  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * styre_followup_page_get_model:
 *
 * Returns: (transfer none): the actions the list shows, in the order shown
 */
GListModel *
styre_followup_page_get_model (StyreFollowupPage *self)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

gboolean
styre_followup_page_get_show_closed (StyreFollowupPage *self)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), FALSE);
  return self->show_closed;
}

/**
 * styre_followup_page_set_show_closed:
 *
 * Lists done and cancelled actions too, or only the open ones; reads the list again.
 */
void
styre_followup_page_set_show_closed (StyreFollowupPage *self,
                                     gboolean           show_closed)
{
  g_return_if_fail (STYRE_IS_FOLLOWUP_PAGE (self));

  show_closed = !!show_closed;
  if (self->show_closed == show_closed)
    return;
  self->show_closed = show_closed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CLOSED]);

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();
  load (self, self->reload_cancellable, reloaded_cb, NULL);
}
