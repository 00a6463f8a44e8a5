<?php
// placeholder: bootstrap included by every page
