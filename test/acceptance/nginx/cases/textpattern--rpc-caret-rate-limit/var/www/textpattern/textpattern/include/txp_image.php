<?php
// image manager
