<?php
final class ImageProxyExtension {}
