<?php
// placeholder: extension page
