<?php global $Wcms; ?>
<!DOCTYPE html><!-- theme stub -->
