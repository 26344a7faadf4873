package org.epma.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The MAR grid's cells as a nurse uses them: each cell's actions are in its menu, opened by the cell's menu button. */
final class MarCells {

    private final WebDriver browser;
    private final WebDriverWait wait;

    MarCells(Chromium chromium) {
        this.browser = chromium.browser;
        this.wait = chromium.wait;
    }

    /** The cells of one order's rows in the grid (td.mar-cell), as a CSS selector to narrow further. */
    static String cellsOf(long prescription) {
        return "#mar-grid tr[data-prescription-id=\"" + prescription + "\"] td.mar-cell";
    }

    /** Opens the menu of the first cell matching the selector with a click and chooses the item of that action. */
    void choose(String cell, String action) {
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));
        found.findElement(By.cssSelector(".menu-button")).click();
        wait.until(ExpectedConditions.visibilityOf(found.findElement(By.cssSelector("[role=\"menuitem\"][data-action=\"" + action + "\"]"))))
                .click();
    }

    /** The text of the details dialog of the first cell matching the selector; the dialog is closed again. */
    String details(String cell) {
        choose(cell, "details");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("details-dialog")));
        String text = browser.findElement(By.id("details-body")).getText();
        dialog.findElement(By.cssSelector("[data-close]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("details-dialog")));
        return text;
    }
}
