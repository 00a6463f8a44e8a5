<?php
// placeholder
