<?php
// placeholder: extension main file
