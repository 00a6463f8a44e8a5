<?php header("location:../"); ?>
