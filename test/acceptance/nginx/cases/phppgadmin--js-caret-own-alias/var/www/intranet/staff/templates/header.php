<?php /* page header */ ?>
<!doctype html><html><body>
