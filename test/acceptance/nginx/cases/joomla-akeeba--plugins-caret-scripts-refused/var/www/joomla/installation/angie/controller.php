<?php
// stand-in for installation/angie/controller.php
