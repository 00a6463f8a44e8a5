<?php
// stand-in for Akeeba Kickstart, left in the web root after the migration
