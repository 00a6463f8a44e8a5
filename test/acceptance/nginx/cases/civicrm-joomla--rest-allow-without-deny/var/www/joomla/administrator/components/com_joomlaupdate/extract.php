<?php
// Joomla Update's standalone extraction script (called directly).
