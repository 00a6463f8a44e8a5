<?php
// placeholder: session presentation page
