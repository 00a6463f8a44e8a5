<?php
// stand-in
return null;
