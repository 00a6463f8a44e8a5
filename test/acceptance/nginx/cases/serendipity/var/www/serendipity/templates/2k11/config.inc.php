<?php
// template options
