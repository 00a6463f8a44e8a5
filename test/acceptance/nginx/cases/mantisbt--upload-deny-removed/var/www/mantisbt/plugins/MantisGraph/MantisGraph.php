<?php
class MantisGraphPlugin extends MantisPlugin {}
