<?php
// code snippet saved from the admin (hook: class.cubecart.construct)
