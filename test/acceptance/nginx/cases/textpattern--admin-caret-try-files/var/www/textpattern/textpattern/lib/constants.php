<?php
// constants
