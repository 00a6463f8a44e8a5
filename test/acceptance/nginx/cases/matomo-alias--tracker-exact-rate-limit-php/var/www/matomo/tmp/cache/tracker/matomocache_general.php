<?php return array(); // tracker cache stand-in
