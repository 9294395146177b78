package de.werkbank.ui.datencheck;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The Datencheck's tree of areas, bound to the chosen area both ways. */
final class AreaTreeView {

    private AreaTreeView() {
    }

    /** Kreis → Kommunen → Orts-/Stadtteile; choosing a node chooses the area everywhere. */
    static TreeView<Area> of(DatencheckViewModel model) {
        var tree = new TreeView<Area>();
        tree.setId("datencheck-tree");
        tree.setShowRoot(true);
        tree.setMinWidth(160);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Area a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.name());
            }
        });
        Runnable build = () -> {
            AreaTree areas = model.treeProperty().get();
            var roots = areas.roots().stream().map(r -> item(areas, r)).toList();
            if (roots.size() == 1) {
                tree.setShowRoot(true);
                tree.setRoot(roots.get(0));
            } else {
                var hidden = new TreeItem<Area>();
                hidden.getChildren().setAll(roots);
                hidden.setExpanded(true);
                tree.setShowRoot(false);
                tree.setRoot(hidden);
            }
        };
        Runnable select = () -> {
            Area chosen = model.areaProperty().get();
            TreeItem<Area> item = chosen == null ? null : find(tree.getRoot(), chosen.key());
            if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
                for (TreeItem<Area> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
            }
        };
        model.treeProperty().addListener(o -> {
            build.run();
            select.run();
        });
        model.areaProperty().addListener(o -> select.run());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null && item.getValue() != null) {
                model.areaProperty().set(item.getValue());
            }
        });
        build.run();
        select.run();
        return tree;
    }

    private static TreeItem<Area> item(AreaTree areas, Area area) {
        var item = new TreeItem<>(area);
        areas.children(area.key()).forEach(c -> item.getChildren().add(item(areas, c)));
        item.setExpanded(area.parentKey() == null);
        return item;
    }

    private static TreeItem<Area> find(TreeItem<Area> item, String key) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().key().equals(key)) {
            return item;
        }
        for (TreeItem<Area> child : item.getChildren()) {
            TreeItem<Area> found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
