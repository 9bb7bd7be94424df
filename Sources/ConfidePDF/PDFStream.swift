import CCairo
import Foundation

/// A cairo PDF surface that writes to memory, never to a file (a letter or a bundle can identify a survivor),
/// with fixed metadata: no creation time leaks and the same input gives the same bytes. Shared by letters and
/// bundles so that both get the same guarantees from one place.
enum PDFStream {
    final class Sink { var data = Data() }

    /// The date written into every PDF's metadata.
    static let fixedDate = "2000-01-01T00:00:00Z"

    /// A4 in points.
    static let a4 = (width: 595.0, height: 842.0)

    /// Draws with `draw` on a new A4 PDF titled `title` and returns the finished file.
    static func render(title: String, _ draw: (OpaquePointer) -> Void) -> Data {
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(write, unmanaged.toOpaque(), a4.width, a4.height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Confide")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, fixedDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, fixedDate)
        let cr = cairo_create(surface)!
        draw(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.data
    }
}
