<?php
// placeholder: helper library
