<?php
// stand-in for CE Phoenix's manage-7k2x/includes/template_top.php
